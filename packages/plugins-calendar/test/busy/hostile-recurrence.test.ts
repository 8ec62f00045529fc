import { isSnackplanError } from '@snackplan/catalog'
import { describe, expect, it, vi } from 'vitest'
import { busyFromICS } from '../../src'
import { busyFromCalendars } from '../../src/busy/busy-from-ics'
import { ICAL } from '../../src/busy/ical'
import { parseCalendars } from '../../src/busy/parse'
import { calendar, STOCKHOLM, vevent } from '../fixtures/ics'

const series = (rule: string, start = 'DTSTART:20260301T090000Z', ...more: string[]) =>
  calendar(vevent('s', start, 'DURATION:PT30M', `RRULE:${rule}`, ...more))
const starts = (text: string, from: string, to: string, extra = {}) =>
  busyFromICS(text, { from, to, timeZone: 'UTC', ...extra }).map((b) => b.start)

function errorCode(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (error) {
    if (isSnackplanError(error)) return error.code
    throw error
  }
  return undefined
}

// Issue 9, "Hangs": each of these ran for seconds to forever. A budget of a
// few dozen steps proves the work is bounded, without timing anything.
describe('busyFromICS: recurrences that used to hang', () => {
  const small = { maxOccurrences: 50 }

  it('steps past a huge INTERVAL at once', () => {
    for (const rule of ['FREQ=DAILY;INTERVAL=2147483647', 'FREQ=WEEKLY;INTERVAL=100000000']) {
      expect(starts(series(rule), '2026-03-01', '2026-03-07', small), rule).toEqual([
        '2026-03-01T09:00:00Z',
      ])
    }
  })

  it('reads a daily series from year 0001 from the window on, not from its start', () => {
    const text = series('FREQ=DAILY', 'DTSTART:00010101T090000Z')
    expect(starts(text, '2026-11-23', '2026-11-25', small)).toEqual([
      '2026-11-23T09:00:00Z',
      '2026-11-24T09:00:00Z',
      '2026-11-25T09:00:00Z',
    ])
  })

  it('refuses FREQ=SECONDLY over a whole day as over the budget, at once', () => {
    const text = calendar(
      vevent('sec', 'DTSTART:20261124T000000Z', 'DURATION:PT1S', 'RRULE:FREQ=SECONDLY'),
    )
    expect(errorCode(() => starts(text, '2026-11-24', '2026-11-24'))).toBe('ics/limit')
    // Given the budget it needs (a step per second and per occurrence), it is one busy day.
    expect(
      busyFromICS(text, { from: '2026-11-24', to: '2026-11-24', maxOccurrences: 200_000 }),
    ).toEqual([{ start: '2026-11-24T00:00:00Z', end: '2026-11-25T00:00:00Z' }])
  })

  it('skips whole days and hours that a rule rules out', () => {
    const text = series(
      'FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=29;BYHOUR=12;BYMINUTE=0',
      'DTSTART:20260101T000000Z',
    )
    expect(starts(text, '2027-01-01', '2028-12-31', { maxOccurrences: 2000 })).toEqual([
      '2028-02-29T12:00:00Z',
    ])
  })
})

// Issue 9, "Wrong recurrences". Expected values from python-dateutil 2.8.2
// and libical 3.0.16, which agree on each.
describe('busyFromICS: recurrences read as RFC 5545 says', () => {
  it('skips the years without February 29 for a yearly series from one', () => {
    const text = series('FREQ=YEARLY', 'DTSTART:20240229T090000Z')
    expect(starts(text, '2024-01-01', '2032-12-31')).toEqual([
      '2024-02-29T09:00:00Z',
      '2028-02-29T09:00:00Z',
      '2032-02-29T09:00:00Z',
    ])
  })

  it('reads COUNT=0 as no occurrence besides DTSTART, not as endless', () => {
    const text = series('FREQ=DAILY;COUNT=0')
    expect(starts(text, '2026-03-01', '2026-03-10')).toEqual(['2026-03-01T09:00:00Z'])
  })

  it('puts the 53rd Monday of a year on the years that have one', () => {
    const text = series('FREQ=YEARLY;BYDAY=53MO', 'DTSTART:20181231T090000Z')
    expect(starts(text, '2018-01-01', '2036-12-31')).toEqual([
      '2018-12-31T09:00:00Z',
      '2024-12-30T09:00:00Z',
      '2029-12-31T09:00:00Z',
      '2035-12-31T09:00:00Z',
    ])
  })

  it('counts DTSTART as the first of COUNT even when the rule would not give it', () => {
    // Tuesday 2026-11-24; the rule picks Mondays.
    const text = series('FREQ=WEEKLY;BYDAY=MO;COUNT=3', 'DTSTART:20261124T090000Z')
    expect(starts(text, '2026-11-23', '2026-12-31')).toEqual([
      '2026-11-24T09:00:00Z',
      '2026-11-30T09:00:00Z',
      '2026-12-07T09:00:00Z',
    ])
  })

  it('ends at a UTC UNTIL on a zoned series, and keeps wall time across DST', () => {
    const text = calendar(
      STOCKHOLM,
      vevent(
        'z',
        'DTSTART;TZID=Europe/Stockholm:20260326T090000',
        'DURATION:PT1H',
        // 08:00Z on March 30 is 10:00 in Stockholm: that day's 09:00 counts.
        'RRULE:FREQ=DAILY;UNTIL=20260330T080000Z',
      ),
    )
    expect(starts(text, '2026-03-20', '2026-04-05')).toEqual([
      '2026-03-26T08:00:00Z',
      '2026-03-27T08:00:00Z',
      '2026-03-28T08:00:00Z',
      '2026-03-29T07:00:00Z',
      '2026-03-30T07:00:00Z',
    ])
  })

  it('keeps a nominal day for DURATION:P1D across a DST change, and exact hours for DTEND', () => {
    const nominal = calendar(
      vevent(
        'n',
        'DTSTART;TZID=Europe/Stockholm:20260328T120000',
        'DURATION:P1D',
        'RRULE:FREQ=DAILY;COUNT=2',
      ),
    )
    expect(busyFromICS(nominal, { from: '2026-03-28', to: '2026-03-31', timeZone: 'UTC' })).toEqual(
      [{ start: '2026-03-28T11:00:00Z', end: '2026-03-30T10:00:00Z' }],
    )
  })
})

describe('busyFromICS: times far from the window', () => {
  // Found by the fuzz suite: converting a year-9999 time through a VTIMEZONE
  // made ical.js step through every year up to it (most of a second).
  it('never converts a time after the window through a VTIMEZONE', () => {
    const calendars = parseCalendars(
      calendar(
        STOCKHOLM,
        vevent('far', 'DTSTART;TZID=Europe/Stockholm:99990101T090000', 'DURATION:PT1H'),
        vevent(
          'long',
          'DTSTART;TZID=Europe/Stockholm:20261124T090000',
          'DTEND;TZID=Europe/Stockholm:99991231T000000',
        ),
        vevent(
          'rep',
          'DTSTART;TZID=Europe/Stockholm:20261126T090000',
          'DURATION:PT1H',
          'RRULE:FREQ=DAILY;UNTIL=99991231T000000Z',
          'RDATE;TZID=Europe/Stockholm:99990101T090000',
        ),
      ),
      1_000_000,
    )
    expect(busyFromCalendars(calendars, { from: '2026-11-23', to: '2026-11-29' })).toEqual([
      { start: '2026-11-24T08:00:00Z', end: '2026-11-30T00:00:00Z' },
    ])
    const [vevent0] = calendars[0]!.getAllSubcomponents('vevent')
    const zone = new ICAL.Event(vevent0!).startDate.zone as unknown as { changes: unknown[] }
    // Two changes a year from 1970 to about 2027, not to 9999.
    expect(zone.changes.length).toBeLessThan(200)
  })
})

describe('busyFromICS: converting only what reaches the window', () => {
  // Found by the fuzz suite: an hourly series lasting 10 years each made
  // every occurrence since 10 years back go through Intl (about 0.5 s).
  it('converts an occurrence to an instant only when it starts or ends near the window', () => {
    const text = calendar(
      vevent(
        'long',
        'DTSTART;TZID=Europe/Stockholm:20160101T081500',
        'DURATION:P520W',
        'RRULE:FREQ=HOURLY;BYMONTH=7,1',
      ),
    )
    const intl = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts')
    const blocks = busyFromICS(text, { from: '2026-01-12', to: '2026-01-18', timeZone: 'UTC' })
    expect(blocks).toEqual([{ start: '2026-01-12T00:00:00Z', end: '2026-01-19T00:00:00Z' }])
    // About 15 000 occurrences reach into the window; a few hundred lookups at most.
    expect(intl.mock.calls.length).toBeLessThan(1_000)
    intl.mockRestore()
  })
})

describe('busyFromICS: a window before the series starts', () => {
  it('gives nothing, in a few steps, whatever the zone', () => {
    const text = calendar(
      STOCKHOLM,
      vevent(
        'w',
        'DTSTART:20261102T080000Z',
        'DTEND:20261102T090000Z',
        'RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
      ),
      vevent(
        'z',
        'DTSTART;TZID=Europe/Stockholm:20261102T080000',
        'DTEND;TZID=Europe/Stockholm:20261102T090000',
        'RRULE:FREQ=DAILY',
      ),
    )
    for (const timeZone of ['UTC', 'Europe/Stockholm']) {
      expect(
        busyFromICS(text, { from: '2026-01-01', to: '2026-01-07', timeZone, maxOccurrences: 20 }),
      ).toEqual([])
    }
  })
})

describe('busyFromICS: hostile VTIMEZONEs', () => {
  const zone = (...rule: string[]) =>
    calendar(
      [
        'BEGIN:VTIMEZONE',
        'TZID:Evil',
        'BEGIN:STANDARD',
        'TZOFFSETFROM:+0200',
        'TZOFFSETTO:+0100',
        ...rule,
        'END:STANDARD',
        'END:VTIMEZONE',
      ].join('\r\n'),
      vevent('e', 'DTSTART;TZID=Evil:20261124T090000', 'DURATION:PT1H'),
    )

  it('refuses offset rules that are not yearly before ical.js expands them (they hung it)', () => {
    for (const rule of [
      ['DTSTART:19700101T000000', 'RRULE:FREQ=SECONDLY'],
      ['DTSTART:00010101T000000', 'RRULE:FREQ=DAILY'],
      ['DTSTART:19701025T030000', 'RRULE:FREQ=DAILY;INTERVAL=2147483647'],
      ['DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;INTERVAL=2'],
      ['DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYHOUR=0,1,2,3'],
    ]) {
      expect(
        errorCode(() => starts(zone(...rule), '2026-11-23', '2026-11-29')),
        rule[1],
      ).toBe('ics/unsupported-timezone')
    }
  })

  it('reads the yearly rules real zones use', () => {
    const text = zone('DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU')
    expect(starts(text, '2026-11-23', '2026-11-29')).toEqual(['2026-11-24T08:00:00Z'])
  })
})
