import { isSnackplanError } from '@snackplan/catalog'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  expandLocalRRule,
  formatLocalTime,
  formatZoned,
  parseLocalRRule,
  resolveLocalTime,
} from '../../src/time/index'

const hhmm = (rule: string, date: string, start: string, end: string) => {
  const [sh = 0, sm = 0] = start.split(':').map(Number)
  const [eh = 0, em = 0] = end.split(':').map(Number)
  return expandLocalRRule(rule, date, { startMin: sh * 60 + sm, endMin: eh * 60 + em }).map(
    formatLocalTime,
  )
}
const work = { startMin: 510, endMin: 1020 } // 08:30-17:00

describe('expandLocalRRule', () => {
  it('fires hourly on the hour inside work hours, end excluded', () => {
    expect(hhmm('FREQ=HOURLY;BYMINUTE=0', '2026-11-23', '08:30', '17:00')).toEqual([
      '09:00',
      '10:00',
      '11:00',
      '12:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
    ])
    expect(hhmm('RRULE:FREQ=HOURLY;BYMINUTE=0', '2026-11-23', '09:00', '17:01')).toEqual([
      '09:00',
      '10:00',
      '11:00',
      '12:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
      '17:00',
    ])
  })

  it('counts INTERVAL from the window start', () => {
    expect(hhmm('FREQ=HOURLY;INTERVAL=2;BYMINUTE=0', '2026-11-23', '07:00', '12:00')).toEqual([
      '07:00',
      '09:00',
      '11:00',
    ])
    expect(hhmm('FREQ=HOURLY;INTERVAL=2;BYMINUTE=0', '2026-11-23', '08:00', '12:00')).toEqual([
      '08:00',
      '10:00',
    ])
  })

  it('runs a 25-minute pomodoro from the window start', () => {
    const got = expandLocalRRule('FREQ=MINUTELY;INTERVAL=25', '2026-11-23', work)
    expect(got[0]).toBe(510)
    expect(got.length).toBe(Math.ceil((1020 - 510) / 25))
    expect(got.every((m, i) => m === 510 + 25 * i && m < 1020)).toBe(true)
  })

  it('keeps wall-clock times on DST days (floating time)', () => {
    for (const date of ['2026-03-29', '2026-10-25', '2026-03-08', '2026-11-01', '2026-10-04']) {
      expect(hhmm('FREQ=HOURLY;BYMINUTE=0', date, '00:00', '06:00')).toEqual([
        '00:00',
        '01:00',
        '02:00',
        '03:00',
        '04:00',
        '05:00',
      ])
      expect(hhmm('FREQ=HOURLY;BYMINUTE=0', date, '08:30', '17:00')).toHaveLength(8)
    }
    // The planner resolves them afterwards: 02:00 is in Stockholm's spring gap.
    const r = resolveLocalTime('2026-03-29', 120, 'Europe/Stockholm')
    expect([r.status, formatZoned(r.epochMs, 'Europe/Stockholm')]).toEqual([
      'gap',
      '2026-03-29T03:00:00+02:00',
    ])
  })

  it('selects days with BYDAY, BYMONTHDAY and BYSETPOS', () => {
    // 2026-11-23 is a Monday, 2026-11-29 the last Sunday of November.
    expect(
      hhmm('FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=10;BYMINUTE=0', '2026-11-23', '08:30', '17:00'),
    ).toEqual(['10:00'])
    expect(
      hhmm('FREQ=WEEKLY;BYDAY=TU;BYHOUR=10;BYMINUTE=0', '2026-11-23', '08:30', '17:00'),
    ).toEqual([])
    expect(hhmm('FREQ=HOURLY;BYDAY=SA,SU;BYMINUTE=15', '2026-11-29', '09:00', '12:00')).toEqual([
      '09:15',
      '10:15',
      '11:15',
    ])
    expect(hhmm('FREQ=HOURLY;BYDAY=SA,SU;BYMINUTE=15', '2026-11-23', '09:00', '12:00')).toEqual([])
    expect(
      hhmm('FREQ=MONTHLY;BYDAY=-1SU;BYHOUR=9,18;BYMINUTE=0', '2026-11-29', '08:00', '22:00'),
    ).toEqual(['09:00', '18:00'])
    expect(
      hhmm('FREQ=MONTHLY;BYDAY=-1SU;BYHOUR=9;BYMINUTE=0', '2026-11-22', '08:00', '22:00'),
    ).toEqual([])
    expect(
      hhmm('FREQ=DAILY;BYHOUR=9,12,15;BYMINUTE=0;BYSETPOS=-1', '2026-11-23', '08:00', '22:00'),
    ).toEqual(['15:00'])
    expect(
      hhmm('FREQ=DAILY;BYHOUR=9,12,15;BYMINUTE=0;COUNT=2', '2026-11-23', '08:00', '22:00'),
    ).toEqual(['09:00', '12:00'])
    expect(hhmm('FREQ=MINUTELY;INTERVAL=30;BYMONTHDAY=-1', '2026-02-28', '10:00', '11:00')).toEqual(
      ['10:00', '10:30'],
    )
    expect(hhmm('FREQ=MINUTELY;INTERVAL=30;BYMONTHDAY=-1', '2028-02-28', '10:00', '11:00')).toEqual(
      [],
    )
  })

  it('returns nothing, quickly, for days a rule can never reach', () => {
    expect(hhmm('FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30', '2026-02-28', '00:00', '00:00')).toEqual(
      [],
    )
    expect(
      expandLocalRRule('FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30', '2026-02-28', {
        startMin: 0,
        endMin: 1440,
      }),
    ).toEqual([])
    expect(
      expandLocalRRule('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;BYHOUR=9', '2026-02-28', {
        startMin: 0,
        endMin: 1440,
      }),
    ).toEqual([])
    expect(
      expandLocalRRule('FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31', '2026-04-30', {
        startMin: 0,
        endMin: 1440,
      }),
    ).toEqual([])
  })

  it('always returns sorted, distinct minutes inside the window', () => {
    const rules = [
      'FREQ=HOURLY;BYMINUTE=0',
      'FREQ=HOURLY;INTERVAL=2;BYMINUTE=0,30',
      'FREQ=MINUTELY;INTERVAL=25',
      'FREQ=MINUTELY;INTERVAL=7;BYHOUR=9,10,11',
      'FREQ=DAILY;BYHOUR=7,9,11,13,15,17,19;BYMINUTE=5',
      'FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=10;BYMINUTE=0',
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...rules),
        fc.integer({ min: 0, max: 800 }).map((n) => addDays('2026-01-01', n)),
        fc.integer({ min: 0, max: 1440 }),
        fc.integer({ min: 0, max: 1440 }),
        (rule, date, a, b) => {
          const window = { startMin: Math.min(a, b), endMin: Math.max(a, b) }
          const got = expandLocalRRule(rule, date, window)
          expect(
            got.every(
              (m, i) =>
                Number.isInteger(m) &&
                m >= window.startMin &&
                m < window.endMin &&
                (i === 0 || m > (got[i - 1] ?? -1)),
            ),
          ).toBe(true)
          // Expanding the whole day and cutting the window gives the same set
          // for rules on fixed wall times; INTERVAL counts from the window start.
          if (rule.includes('BYMINUTE') && !rule.includes('INTERVAL')) {
            const day = expandLocalRRule(rule, date, { startMin: 0, endMin: 1440 })
            expect(got).toEqual(day.filter((m) => m >= window.startMin && m < window.endMin))
          }
        },
      ),
    )
  })
})

describe('parseLocalRRule', () => {
  it('normalizes valid rules', () => {
    const rule = parseLocalRRule(' rrule:freq=hourly;byminute=0 ')
    expect([rule.rule, rule.freq, rule.parts]).toEqual([
      'FREQ=HOURLY;BYMINUTE=0',
      'HOURLY',
      { FREQ: 'HOURLY', BYMINUTE: '0' },
    ])
    expect(Object.isFrozen(rule)).toBe(true)
  })

  it('rejects garbage with rules/invalid-rrule, the path and the reason', () => {
    const cases: [string, RegExp][] = [
      ['', /empty/],
      ['hello', /not NAME=VALUE/],
      ['BYMINUTE=0', /FREQ is required/],
      ['FREQ=FORTNIGHTLY', /not one of/],
      ['FREQ=SECONDLY', /minute resolution/],
      ['FREQ=HOURLY;BYSECOND=0', /minute resolution/],
      ['FREQ=HOURLY;BYMINUTE=60', /BYMINUTE: 60 is out of range 0..59/],
      ['FREQ=HOURLY;BYHOUR=-1', /BYHOUR/],
      ['FREQ=HOURLY;BYMINUTE=0;BYMINUTE=30', /given twice/],
      ['FREQ=HOURLY;FOO=1', /unknown part FOO/],
      ['FREQ=HOURLY;INTERVAL=0', /INTERVAL/],
      ['FREQ=DAILY;INTERVAL=2', /one local day at a time/],
      ['FREQ=DAILY;UNTIL=20261231T000000Z', /UNTIL is not supported/],
      ['FREQ=DAILY;TZID=Europe/Stockholm', /floating/],
      ['DTSTART:20261123T090000\nRRULE:FREQ=DAILY', /one RRULE line/],
      ['FREQ=WEEKLY;BYDAY=1MO', /numbered weekday/],
      ['FREQ=MONTHLY;BYDAY=6MO', /out of range/],
      ['FREQ=WEEKLY;BYMONTHDAY=1', /not allowed with FREQ=WEEKLY/],
      ['FREQ=DAILY;BYWEEKNO=1', /only allowed with FREQ=YEARLY/],
      ['FREQ=DAILY;BYYEARDAY=1', /only allowed with/],
      ['FREQ=DAILY;BYSETPOS=1', /needs another BYxxx/],
      ['FREQ=DAILY;BYDAY=XX', /not a weekday/],
      ['FREQ=DAILY;WKST=XX', /not a weekday/],
    ]
    for (const [text, why] of cases) {
      try {
        parseLocalRRule(text, '/rules/2/event/params/rrule')
        expect.unreachable(text)
      } catch (error) {
        expect(isSnackplanError(error)).toBe(true)
        if (isSnackplanError(error)) {
          expect([text, error.code, error.path]).toEqual([
            text,
            'rules/invalid-rrule',
            '/rules/2/event/params/rrule',
          ])
          expect(error.message).toMatch(why)
        }
      }
    }
    expect(() => expandLocalRRule('FREQ=HOURLY;BYMINUTE=99', '2026-11-23', work)).toThrow(
      /BYMINUTE/,
    )
  })

  it('refuses forms that cannot be expanded cheaply and rules over the limits, with their own codes', () => {
    const cases: [string, string, RegExp][] = [
      [
        'FREQ=HOURLY;BYSETPOS=30;BYMINUTE=0',
        'rules/unsupported-rrule',
        /BYSETPOS needs FREQ=DAILY/,
      ],
      ['FREQ=MINUTELY;BYHOUR=9;BYSETPOS=-1', 'rules/unsupported-rrule', /BYSETPOS/],
      ['FREQ=HOURLY;INTERVAL=25', 'rules/rrule-limit', /INTERVAL=25 is over 24/],
      ['FREQ=MINUTELY;INTERVAL=1441', 'rules/rrule-limit', /over 1440/],
      [`FREQ=HOURLY;BYMINUTE=${'0,'.repeat(500)}0`, 'rules/rrule-limit', /1000/],
    ]
    for (const [text, code, why] of cases) {
      let error: unknown
      try {
        parseLocalRRule(text, '/rules/0/event/params/rrule')
      } catch (e) {
        error = e
      }
      expect(isSnackplanError(error), text).toBe(true)
      if (isSnackplanError(error)) {
        expect([error.code, error.path]).toEqual([code, '/rules/0/event/params/rrule'])
        expect(error.message).toMatch(why)
        expect(error.message.length).toBeLessThan(300)
      }
    }
    // The largest allowed intervals fire once, at the window start.
    expect(expandLocalRRule('FREQ=HOURLY;INTERVAL=24', '2026-11-23', work)).toEqual([510])
    expect(expandLocalRRule('FREQ=MINUTELY;INTERVAL=1440', '2026-11-23', work)).toEqual([510])
  })

  it('rejects bad windows and dates', () => {
    expect(() =>
      expandLocalRRule('FREQ=HOURLY', '2026-11-23', { startMin: 600, endMin: 500 }),
    ).toThrow(/window/)
    expect(() =>
      expandLocalRRule('FREQ=HOURLY', '2026-11-23', { startMin: 0, endMin: 1441 }),
    ).toThrow(/window/)
    expect(() => expandLocalRRule('FREQ=HOURLY', '2026-11-31', work)).toThrow(/calendar date/)
  })
})
