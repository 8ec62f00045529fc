import { isSnackplanError } from '@snackplan/catalog'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { busyFromICS } from '../../src'
import { calendar, STOCKHOLM, vevent } from '../fixtures/ics'
import { readStockholm } from './stockholm'

const week = { from: '2026-11-23', to: '2026-11-29', timeZone: 'Europe/Stockholm' }

function code(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    if (isSnackplanError(error)) return `${error.code} ${error.message}`
    throw error
  }
  throw new Error('expected a SnackplanError')
}

describe('busyFromICS: single events', () => {
  it('reads UTC events inside the window, clips those at its edges and drops the rest', () => {
    const text = calendar(
      vevent('in', 'DTSTART:20261124T090000Z', 'DTEND:20261124T100000Z'),
      vevent('edge', 'DTSTART:20261122T220000Z', 'DTEND:20261122T233000Z'),
      vevent('before', 'DTSTART:20261120T090000Z', 'DTEND:20261120T100000Z'),
      vevent('after', 'DTSTART:20261130T090000Z', 'DTEND:20261130T100000Z'),
    )
    expect(busyFromICS(text, week)).toEqual([
      { start: '2026-11-22T23:00:00Z', end: '2026-11-22T23:30:00Z' },
      { start: '2026-11-24T09:00:00Z', end: '2026-11-24T10:00:00Z' },
    ])
  })

  it('skips TRANSP:TRANSPARENT and STATUS:CANCELLED events', () => {
    const text = calendar(
      vevent('free', 'DTSTART:20261124T090000Z', 'DTEND:20261124T100000Z', 'TRANSP:TRANSPARENT'),
      vevent('gone', 'DTSTART:20261125T090000Z', 'DTEND:20261125T100000Z', 'STATUS:CANCELLED'),
      vevent('busy', 'DTSTART:20261126T090000Z', 'DTEND:20261126T100000Z', 'TRANSP:OPAQUE'),
    )
    expect(busyFromICS(text, week)).toEqual([
      { start: '2026-11-26T09:00:00Z', end: '2026-11-26T10:00:00Z' },
    ])
  })

  it('resolves TZIDs through the VTIMEZONE, DURATION and floating times in the given zone', () => {
    const text = calendar(
      STOCKHOLM,
      vevent('tz', 'DTSTART;TZID=Europe/Stockholm:20261124T090000', 'DURATION:PT45M'),
      vevent('floating', 'DTSTART:20261125T090000', 'DTEND:20261125T093000'),
    )
    expect(busyFromICS(text, week)).toEqual([
      { start: '2026-11-24T08:00:00Z', end: '2026-11-24T08:45:00Z' },
      { start: '2026-11-25T08:00:00Z', end: '2026-11-25T08:30:00Z' },
    ])
    expect(busyFromICS(text, { ...week, timeZone: 'America/New_York' })[1]).toEqual({
      start: '2026-11-25T14:00:00Z',
      end: '2026-11-25T14:30:00Z',
    })
  })

  it('reads an IANA TZID that the file does not define, whatever the fallback zone', () => {
    const text = calendar(
      vevent(
        'no-vtimezone',
        'DTSTART;TZID=Europe/Helsinki:20261124T090000',
        'DTEND;TZID=Europe/Helsinki:20261124T100000',
      ),
    )
    expect(busyFromICS(text, { ...week, timeZone: 'UTC' })).toEqual([
      { start: '2026-11-24T07:00:00Z', end: '2026-11-24T08:00:00Z' },
    ])
  })

  it('blocks whole local days for all-day events unless told to ignore them', () => {
    const text = calendar(vevent('day', 'DTSTART;VALUE=DATE:20261126', 'DTEND;VALUE=DATE:20261127'))
    expect(busyFromICS(text, week)).toEqual([
      { start: '2026-11-25T23:00:00Z', end: '2026-11-26T23:00:00Z' },
    ])
    expect(busyFromICS(text, { ...week, ignoreAllDay: true })).toEqual([])
    const noEnd = calendar(vevent('day', 'DTSTART;VALUE=DATE:20261126'))
    expect(busyFromICS(noEnd, week)).toEqual([
      { start: '2026-11-25T23:00:00Z', end: '2026-11-26T23:00:00Z' },
    ])
  })

  it('merges overlapping and touching events', () => {
    const text = calendar(
      vevent('a', 'DTSTART:20261124T090000Z', 'DTEND:20261124T100000Z'),
      vevent('b', 'DTSTART:20261124T093000Z', 'DTEND:20261124T103000Z'),
      vevent('c', 'DTSTART:20261124T103000Z', 'DTEND:20261124T110000Z'),
      vevent('d', 'DTSTART:20261124T120000Z', 'DTEND:20261124T121500Z'),
    )
    expect(busyFromICS(text, week)).toEqual([
      { start: '2026-11-24T09:00:00Z', end: '2026-11-24T11:00:00Z' },
      { start: '2026-11-24T12:00:00Z', end: '2026-11-24T12:15:00Z' },
    ])
  })

  it('accepts instants for the window and reads several VCALENDARs', () => {
    const text =
      calendar(vevent('a', 'DTSTART:20261124T090000Z', 'DTEND:20261124T100000Z')) +
      calendar(vevent('b', 'DTSTART:20261124T110000Z', 'DTEND:20261124T120000Z'))
    expect(
      busyFromICS(text, { from: '2026-11-24T09:30:00Z', to: '2026-11-24T11:30:00+00:00' }),
    ).toEqual([
      { start: '2026-11-24T09:30:00Z', end: '2026-11-24T10:00:00Z' },
      { start: '2026-11-24T11:00:00Z', end: '2026-11-24T11:30:00Z' },
    ])
  })
})

describe('busyFromICS: recurring events', () => {
  // Tuesdays 10:00-11:00 Stockholm; Dec 1 is excluded, Dec 8 moved to 14:00-15:30.
  const weekly = calendar(
    STOCKHOLM,
    vevent(
      'standup',
      'DTSTART;TZID=Europe/Stockholm:20261103T100000',
      'DTEND;TZID=Europe/Stockholm:20261103T110000',
      'RRULE:FREQ=WEEKLY;BYDAY=TU',
      'EXDATE;TZID=Europe/Stockholm:20261201T100000',
    ),
    vevent(
      'standup',
      'RECURRENCE-ID;TZID=Europe/Stockholm:20261208T100000',
      'DTSTART;TZID=Europe/Stockholm:20261208T140000',
      'DTEND;TZID=Europe/Stockholm:20261208T153000',
    ),
  )

  it('expands RRULE within the window, honouring EXDATE and overrides', () => {
    expect(busyFromICS(weekly, { ...week, to: '2026-12-16' })).toEqual([
      { start: '2026-11-24T09:00:00Z', end: '2026-11-24T10:00:00Z' },
      { start: '2026-12-08T13:00:00Z', end: '2026-12-08T14:30:00Z' },
      { start: '2026-12-15T09:00:00Z', end: '2026-12-15T10:00:00Z' },
    ])
  })

  it('drops a cancelled or transparent override and keeps the rest of the series', () => {
    const text = calendar(
      vevent('s', 'DTSTART:20261123T090000Z', 'DTEND:20261123T093000Z', 'RRULE:FREQ=DAILY;COUNT=4'),
      vevent(
        's',
        'RECURRENCE-ID:20261124T090000Z',
        'DTSTART:20261124T090000Z',
        'DTEND:20261124T093000Z',
        'STATUS:CANCELLED',
      ),
      vevent(
        's',
        'RECURRENCE-ID:20261125T090000Z',
        'DTSTART:20261125T090000Z',
        'DTEND:20261125T093000Z',
        'TRANSP:TRANSPARENT',
      ),
    )
    expect(busyFromICS(text, week).map((b) => b.start)).toEqual([
      '2026-11-23T09:00:00Z',
      '2026-11-26T09:00:00Z',
    ])
  })

  it('adds RDATEs and an override moved into the window from after it', () => {
    const text = calendar(
      vevent(
        'r',
        'DTSTART:20261101T080000Z',
        'DTEND:20261101T083000Z',
        'RRULE:FREQ=MONTHLY;COUNT=3',
        'RDATE:20261127T080000Z',
      ),
      vevent(
        'r',
        'RECURRENCE-ID:20261201T080000Z',
        'DTSTART:20261128T120000Z',
        'DTEND:20261128T123000Z',
      ),
    )
    expect(busyFromICS(text, week)).toEqual([
      { start: '2026-11-27T08:00:00Z', end: '2026-11-27T08:30:00Z' },
      { start: '2026-11-28T12:00:00Z', end: '2026-11-28T12:30:00Z' },
    ])
  })

  it('keeps local time across the DST change in Europe/Stockholm, with or without a VTIMEZONE', () => {
    const series = (...extra: string[]) =>
      calendar(
        ...extra,
        vevent(
          'dst',
          'DTSTART;TZID=Europe/Stockholm:20260317T090000',
          'DTEND;TZID=Europe/Stockholm:20260317T100000',
          'RRULE:FREQ=WEEKLY;COUNT=3',
        ),
      )
    const expected = [
      { start: '2026-03-17T08:00:00Z', end: '2026-03-17T09:00:00Z' },
      { start: '2026-03-24T08:00:00Z', end: '2026-03-24T09:00:00Z' },
      { start: '2026-03-31T07:00:00Z', end: '2026-03-31T08:00:00Z' },
    ]
    const window = { from: '2026-03-16', to: '2026-04-05', timeZone: 'UTC' }
    expect(busyFromICS(series(STOCKHOLM), window)).toEqual(expected)
    expect(busyFromICS(series(), window)).toEqual(expected)
  })

  it('ends a series at UNTIL and skips a cancelled series', () => {
    const text = calendar(
      vevent(
        'u',
        'DTSTART:20261123T070000Z',
        'DTEND:20261123T073000Z',
        'RRULE:FREQ=DAILY;UNTIL=20261124T070000Z',
      ),
      vevent(
        'x',
        'DTSTART:20261123T120000Z',
        'DTEND:20261123T130000Z',
        'RRULE:FREQ=DAILY',
        'STATUS:CANCELLED',
      ),
    )
    expect(busyFromICS(text, week).map((b) => b.start)).toEqual([
      '2026-11-23T07:00:00Z',
      '2026-11-24T07:00:00Z',
    ])
  })
})

describe('busyFromICS: bounds in a spring-forward gap are never lost', () => {
  // 2027-03-28 in Stockholm: at 01:00Z the clock jumps from 02:00 (+01:00) to
  // 03:00 (+02:00), so 02:00-02:59 never shows. A start there reads with the
  // offset after the jump (the earlier instant, as ical.js reads it), an end
  // with the offset before it (the later one, RFC 5545 3.3.5): the span keeps
  // every reading, as the profile's busy blocks do.
  const day = { from: '2027-03-27', to: '2027-03-29', timeZone: 'Europe/Stockholm' }
  const single = (start: string, end: string) =>
    vevent('gap', `DTSTART;TZID=Europe/Stockholm:${start}`, `DTEND;TZID=Europe/Stockholm:${end}`)
  const read = (...events: string[]) => readStockholm(day, ...events)

  it('keeps an event that starts in the gap (it was dropped as 03:30-03:30)', () => {
    expect(read(single('20270328T023000', '20270328T033000'))).toEqual([
      { start: '2027-03-28T00:30:00Z', end: '2027-03-28T01:30:00Z' },
    ])
  })

  it('keeps an event that ends in the gap until the end as RFC 5545 reads it', () => {
    expect(read(single('20270328T013000', '20270328T023000'))).toEqual([
      { start: '2027-03-28T00:30:00Z', end: '2027-03-28T01:30:00Z' },
    ])
  })

  it('keeps an event wholly in the gap, or from its first minute to the jump', () => {
    expect(read(single('20270328T021500', '20270328T024500'))).toEqual([
      { start: '2027-03-28T00:15:00Z', end: '2027-03-28T01:45:00Z' },
    ])
    expect(read(single('20270328T020000', '20270328T030000'))).toEqual([
      { start: '2027-03-28T00:00:00Z', end: '2027-03-28T01:00:00Z' },
    ])
  })

  it('still drops an event that ends as it starts, in the gap too', () => {
    expect(read(single('20270328T023000', '20270328T023000'))).toEqual([])
  })

  it('keeps the occurrence of a daily series that lands in the gap', () => {
    const series = vevent(
      'daily',
      'DTSTART;TZID=Europe/Stockholm:20270327T023000',
      'DTEND;TZID=Europe/Stockholm:20270327T033000',
      'RRULE:FREQ=DAILY;COUNT=3',
    )
    expect(read(series)).toEqual([
      { start: '2027-03-27T01:30:00Z', end: '2027-03-27T02:30:00Z' },
      // From 02:30 read before the jump to an hour after 02:30 read after it.
      { start: '2027-03-28T00:30:00Z', end: '2027-03-28T02:30:00Z' },
      { start: '2027-03-29T00:30:00Z', end: '2027-03-29T01:30:00Z' },
    ])
  })

  it('keeps every occurrence of a series whose DTSTART is in the gap (it lasted 0 s)', () => {
    const series = vevent(
      'from-gap',
      'DTSTART;TZID=Europe/Stockholm:20270328T023000',
      'DTEND;TZID=Europe/Stockholm:20270328T033000',
      'RRULE:FREQ=DAILY;COUNT=2',
    )
    expect(read(series)).toEqual([
      { start: '2027-03-28T00:30:00Z', end: '2027-03-28T02:30:00Z' },
      { start: '2027-03-29T00:30:00Z', end: '2027-03-29T01:30:00Z' },
    ])
  })

  it('removes an occurrence in the gap by EXDATE, adds one by RDATE, and keeps 0 s series empty', () => {
    const series = (...extra: string[]) =>
      vevent(
        'daily',
        'DTSTART;TZID=Europe/Stockholm:20270327T023000',
        'DTEND;TZID=Europe/Stockholm:20270327T033000',
        'RRULE:FREQ=DAILY;COUNT=3',
        ...extra,
      )
    expect(read(series('EXDATE;TZID=Europe/Stockholm:20270328T023000'))).toEqual([
      { start: '2027-03-27T01:30:00Z', end: '2027-03-27T02:30:00Z' },
      { start: '2027-03-29T00:30:00Z', end: '2027-03-29T01:30:00Z' },
    ])
    const once = vevent(
      'once',
      'DTSTART;TZID=Europe/Stockholm:20270327T120000',
      'DTEND;TZID=Europe/Stockholm:20270327T130000',
      'RDATE;TZID=Europe/Stockholm:20270328T023000',
    )
    expect(read(once)).toEqual([
      { start: '2027-03-27T11:00:00Z', end: '2027-03-27T12:00:00Z' },
      { start: '2027-03-28T00:30:00Z', end: '2027-03-28T02:30:00Z' },
    ])
    const instantaneous = vevent(
      'zero',
      'DTSTART;TZID=Europe/Stockholm:20270328T023000',
      'DTEND;TZID=Europe/Stockholm:20270328T023000',
      'RRULE:FREQ=DAILY;COUNT=2',
    )
    expect(read(instantaneous)).toEqual([])
  })
})

describe('busyFromICS: VFREEBUSY', () => {
  it('reads FREEBUSY periods and skips FBTYPE=FREE', () => {
    const text = calendar(
      [
        'BEGIN:VFREEBUSY',
        'UID:fb',
        'DTSTAMP:20261101T000000Z',
        'FREEBUSY:20261124T080000Z/20261124T090000Z,20261125T080000Z/PT30M',
        'FREEBUSY;FBTYPE=BUSY-TENTATIVE:20261126T080000Z/20261126T081500Z',
        'FREEBUSY;FBTYPE=FREE:20261127T080000Z/20261127T090000Z',
        'END:VFREEBUSY',
      ].join('\r\n'),
    )
    expect(busyFromICS(text, week)).toEqual([
      { start: '2026-11-24T08:00:00Z', end: '2026-11-24T09:00:00Z' },
      { start: '2026-11-25T08:00:00Z', end: '2026-11-25T08:30:00Z' },
      { start: '2026-11-26T08:00:00Z', end: '2026-11-26T08:15:00Z' },
    ])
  })
})

describe('busyFromICS: bad and hostile input', () => {
  it('reports malformed text as ics/parse with a readable message', () => {
    expect(code(() => busyFromICS('hello', week))).toMatch(
      /^ics\/parse \[snackplan\] \[calendar\] \/: could not read/,
    )
    expect(code(() => busyFromICS('', week))).toMatch(/^ics\/parse .*no BEGIN:VCALENDAR/)
    expect(
      code(() => busyFromICS('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR', week)),
    ).toMatch(/^ics\/parse/)
    expect(code(() => busyFromICS(calendar(vevent('bad', 'DTSTART:garbage')), week))).toMatch(
      /^ics\/parse/,
    )
  })

  it('rejects a bad window or time zone', () => {
    expect(code(() => busyFromICS(calendar(), { ...week, to: '2026-02-30' }))).toMatch(
      /^calendar\/window/,
    )
    expect(code(() => busyFromICS(calendar(), { ...week, to: '2026-11-01' }))).toMatch(
      /^calendar\/window/,
    )
    expect(code(() => busyFromICS(calendar(), { ...week, timeZone: 'Mars/Olympus' }))).toMatch(
      /^calendar\/time-zone/,
    )
  })

  it('treats a rule no date can match as its first occurrence only, without hanging', () => {
    const text = calendar(
      vevent(
        'never',
        'DTSTART:20261124T090000Z',
        'DTEND:20261124T100000Z',
        'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
      ),
    )
    expect(busyFromICS(text, week)).toEqual([
      { start: '2026-11-24T09:00:00Z', end: '2026-11-24T10:00:00Z' },
    ])
  })

  it('refuses rules RFC 5545 forbids or that loop elsewhere, unless told to count their first occurrence', () => {
    for (const rule of [
      'FREQ=HOURLY;BYSETPOS=30;BYMINUTE=0',
      'FREQ=MINUTELY;BYSETPOS=1;BYSECOND=0,30',
      'FREQ=DAILY;BYDAY=1MO',
      'FREQ=WEEKLY;BYDAY=-1FR',
    ]) {
      const text = calendar(
        vevent('odd', 'DTSTART:20261124T090000Z', 'DTEND:20261124T100000Z', `RRULE:${rule}`),
      )
      expect(
        code(() => busyFromICS(text, week)),
        rule,
      ).toMatch(/^ics\/unsupported-rrule .*"odd"/)
      expect(
        busyFromICS(text, { ...week, unsupportedRecurrence: 'first-occurrence' }),
        rule,
      ).toEqual([{ start: '2026-11-24T09:00:00Z', end: '2026-11-24T10:00:00Z' }])
    }
  })

  // Expected values from python-dateutil 2.8.2 for the same rules and DTSTART.
  it('expands the sparse and phased rules it once refused, as RFC 5545 reads them', () => {
    const first = { start: '2026-11-24T09:00:00Z', end: '2026-11-24T10:00:00Z' }
    const cases: [string, { start: string; end: string }[]][] = [
      // No date matches: the series is its DTSTART.
      ['FREQ=HOURLY;BYMONTH=4;BYMONTHDAY=31', [first]],
      ['FREQ=HOURLY;BYYEARDAY=1;BYMONTH=2', [first]],
      // From 09:00 every 2 hours never reaches 10:00.
      ['FREQ=HOURLY;INTERVAL=2;BYHOUR=10', [first]],
      ['FREQ=DAILY;BYHOUR=3;BYSETPOS=5', [first]],
      [
        'FREQ=DAILY;INTERVAL=2;BYDAY=MO,TU,WE,TH,FR',
        [first, { start: '2026-11-26T09:00:00Z', end: '2026-11-26T10:00:00Z' }],
      ],
      [
        'FREQ=HOURLY;INTERVAL=5;BYHOUR=14,19',
        [
          first,
          { start: '2026-11-24T14:00:00Z', end: '2026-11-24T15:00:00Z' },
          { start: '2026-11-24T19:00:00Z', end: '2026-11-24T20:00:00Z' },
          { start: '2026-11-29T14:00:00Z', end: '2026-11-29T15:00:00Z' },
          { start: '2026-11-29T19:00:00Z', end: '2026-11-29T20:00:00Z' },
        ],
      ],
    ]
    for (const [rule, expected] of cases) {
      const text = calendar(
        vevent('s', 'DTSTART:20261124T090000Z', 'DTEND:20261124T100000Z', `RRULE:${rule}`),
      )
      expect(busyFromICS(text, { ...week, timeZone: 'UTC' }), rule).toEqual(expected)
    }
  })

  it('refuses recurrences that would take too many steps (ics/limit)', () => {
    const secondly = calendar(
      vevent('s', 'DTSTART:20000101T000000Z', 'DURATION:PT1S', 'RRULE:FREQ=SECONDLY'),
    )
    expect(code(() => busyFromICS(secondly, week))).toMatch(
      /^ics\/limit .*"s" recurs too often .*100000/,
    )
    const daily = calendar(
      vevent('d', 'DTSTART:20261101T090000Z', 'DURATION:PT1H', 'RRULE:FREQ=DAILY'),
    )
    expect(busyFromICS(daily, week)).toHaveLength(7)
    expect(code(() => busyFromICS(daily, { ...week, maxOccurrences: 5 }))).toMatch(/^ics\/limit/)
    // A COUNT makes every occurrence since DTSTART count, so far-back series cost more.
    const counted = calendar(
      vevent('c', 'DTSTART:20000101T090000Z', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;COUNT=20000'),
    )
    expect(busyFromICS(counted, week)).toHaveLength(7)
    expect(code(() => busyFromICS(counted, { ...week, maxOccurrences: 5000 }))).toMatch(
      /^ics\/limit/,
    )
  })

  it('reports an RRULE ical.js cannot read as ics/parse', () => {
    const text = calendar(vevent('h', 'DTSTART:20261124T090000Z', 'RRULE:FREQ=MINUTELY;BYHOUR=25'))
    expect(code(() => busyFromICS(text, week))).toMatch(/^ics\/parse .*BYHOUR/)
  })

  it('rejects text over maxLength', () => {
    expect(code(() => busyFromICS(calendar(), { ...week, maxLength: 10 }))).toMatch(
      /^ics\/too-large/,
    )
  })
})

describe('busyFromICS: properties', () => {
  const eventArb = fc.record({
    day: fc.integer({ min: 20, max: 30 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minutes: fc.integer({ min: 0, max: 300 }),
    transparent: fc.boolean(),
    weekly: fc.boolean(),
  })
  const toText = (
    events: { day: number; hour: number; minutes: number; transparent: boolean; weekly: boolean }[],
  ) =>
    calendar(
      STOCKHOLM,
      ...events.map((e, i) =>
        vevent(
          `e${i}`,
          `DTSTART;TZID=Europe/Stockholm:202611${e.day}T${String(e.hour).padStart(2, '0')}0000`,
          `DURATION:PT${e.minutes}M`,
          ...(e.transparent ? ['TRANSP:TRANSPARENT'] : []),
          ...(e.weekly ? ['RRULE:FREQ=WEEKLY;COUNT=3'] : []),
        ),
      ),
    )

  it('gives sorted, disjoint blocks inside the window, whatever the event order', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 12 }), (events) => {
        const blocks = busyFromICS(toText(events), week)
        const reversed = busyFromICS(toText([...events].reverse()), week)
        expect(reversed).toEqual(blocks)
        const from = Date.parse('2026-11-22T23:00:00Z')
        const to = Date.parse('2026-11-29T23:00:00Z')
        let last = Number.NEGATIVE_INFINITY
        for (const b of blocks) {
          const s = Date.parse(b.start)
          const e = Date.parse(b.end)
          expect(s).toBeGreaterThan(last)
          expect(e).toBeGreaterThan(s)
          expect(s).toBeGreaterThanOrEqual(from)
          expect(e).toBeLessThanOrEqual(to)
          last = e
        }
      }),
      { numRuns: 40 },
    )
  })
})
