import { describe, expect, it } from 'vitest'
import { expandRecurrence } from '../../src/time/index'
import { basic, recurrence, wall } from './fixtures/recurrence'

/** The first `n` occurrences from `start`, searched over up to 300 years. */
function first(rule: string, start: string, n: number): string[] {
  const from = wall(start)
  let found: number[] = []
  for (const days of [2, 400, 300 * 366]) {
    const got = expandRecurrence(recurrence(rule), from, { from, to: from + days * 86_400_000 })
    expect(got.complete).toBe(true)
    found = got.times
    if (found.length >= n) break
  }
  return found.slice(0, n).map(basic)
}

// Expected values from python-dateutil 2.8.2 (Debian python3-dateutil), and
// for every YEARLY, MONTHLY and COUNT row also from libical 3.0.16: both
// gave exactly these. Regenerate with the rules and starts below, e.g.
// `rrulestr(rule, dtstart=datetime(2024, 2, 29, 9))`.
const DATEUTIL: [rule: string, start: string, expected: string[]][] = [
  // RFC 5545: a yearly rule from February 29 skips the years without one.
  [
    'FREQ=YEARLY',
    '20240229T090000',
    ['20240229T090000', '20280229T090000', '20320229T090000', '20360229T090000'],
  ],
  ['FREQ=YEARLY;UNTIL=20280301T000000', '20240229T090000', ['20240229T090000', '20280229T090000']],
  // The 53rd Monday exists only in years with 53 of them.
  [
    'FREQ=YEARLY;BYDAY=53MO',
    '20180101T090000',
    ['20181231T090000', '20241230T090000', '20291231T090000', '20351231T090000'],
  ],
  [
    'FREQ=YEARLY;BYDAY=-53MO',
    '20180101T090000',
    ['20180101T090000', '20240101T090000', '20290101T090000', '20350101T090000', '20400102T090000'],
  ],
  [
    'FREQ=YEARLY;BYDAY=20MO',
    '20180101T090000',
    ['20180514T090000', '20190520T090000', '20200518T090000', '20210517T090000'],
  ],
  [
    'FREQ=YEARLY;BYDAY=-1FR',
    '20260101T090000',
    ['20261225T090000', '20271231T090000', '20281229T090000', '20291228T090000'],
  ],
  [
    'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    '20260101T020000',
    ['20260329T020000', '20270328T020000', '20280326T020000', '20290325T020000'],
  ],
  [
    'FREQ=YEARLY;BYYEARDAY=60',
    '20240229T090000',
    ['20240229T090000', '20250301T090000', '20260301T090000', '20270301T090000'],
  ],
  [
    'FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO',
    '20260101T090000',
    ['20261228T090000', '20321227T090000', '20371228T090000', '20431228T090000'],
  ],
  [
    'FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO',
    '20260101T090000',
    ['20270104T090000', '20280103T090000', '20290101T090000', '20291231T090000'],
  ],
  [
    'FREQ=YEARLY;BYMONTHDAY=-1;BYMONTH=2',
    '20260101T090000',
    ['20260228T090000', '20270228T090000', '20280229T090000', '20290228T090000'],
  ],
  // A monthly rule from the 31st skips the shorter months.
  [
    'FREQ=MONTHLY',
    '20260131T090000',
    ['20260131T090000', '20260331T090000', '20260531T090000', '20260731T090000'],
  ],
  [
    'FREQ=MONTHLY;BYDAY=5FR',
    '20260101T090000',
    ['20260130T090000', '20260529T090000', '20260731T090000', '20261030T090000'],
  ],
  [
    'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
    '20260101T170000',
    ['20260130T170000', '20260227T170000', '20260331T170000', '20260430T170000'],
  ],
  [
    'FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO',
    '20260105T090000',
    ['20260105T090000', '20260302T090000', '20260504T090000', '20260706T090000'],
  ],
  [
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH',
    '20260101T090000',
    ['20260101T090000', '20260113T090000', '20260115T090000', '20260127T090000'],
  ],
  [
    'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29',
    '20260101T090000',
    ['20280229T090000', '20320229T090000', '20360229T090000'],
  ],
  [
    'FREQ=DAILY;COUNT=3',
    '20260301T090000',
    ['20260301T090000', '20260302T090000', '20260303T090000'],
  ],
  // The INTERVAL's phase decides which hours can match (libical ignores it here).
  [
    'FREQ=HOURLY;INTERVAL=5;BYHOUR=10',
    '20260101T090000',
    ['20260102T100000', '20260107T100000', '20260112T100000', '20260117T100000'],
  ],
  [
    'FREQ=MINUTELY;INTERVAL=25;BYHOUR=9',
    '20260101T083000',
    ['20260101T092000', '20260101T094500', '20260102T090500', '20260102T093000'],
  ],
  // rrule.js 2.8 says 06:04 here.
  [
    'FREQ=MINUTELY;INTERVAL=16;BYHOUR=6',
    '20240101T000000',
    ['20240101T060800', '20240101T062400', '20240101T064000', '20240101T065600'],
  ],
  [
    'FREQ=SECONDLY;INTERVAL=20;BYSECOND=0;BYMINUTE=0',
    '20260101T000000',
    ['20260101T000000', '20260101T010000', '20260101T020000', '20260101T030000'],
  ],
]

describe('expandRecurrence: RFC 5545 semantics', () => {
  it.each(DATEUTIL)('%s from %s gives what python-dateutil gives', (rule, start, expected) => {
    expect(first(rule, start, expected.length)).toEqual(expected)
  })

  it('gives nothing for COUNT=0 (python-dateutil gives nothing; libical refuses the rule)', () => {
    expect(first('FREQ=DAILY;COUNT=0', '20260301T090000', 5)).toEqual([])
  })

  it('reads BYDAY items as a union, as libical does (python-dateutil intersects them)', () => {
    // libical 3.0.16: 20260105 20260106 20260112 20260119 20260126 20260202 20260203
    expect(first('FREQ=MONTHLY;BYDAY=MO,1TU', '20260101T090000', 7)).toEqual([
      '20260105T090000',
      '20260106T090000',
      '20260112T090000',
      '20260119T090000',
      '20260126T090000',
      '20260202T090000',
      '20260203T090000',
    ])
  })

  it('picks BYSETPOS from the whole week, also in the week of the start', () => {
    // "The first of Monday, Wednesday and Friday each week": from a Wednesday
    // that week's first is the Monday before it, so the series starts next
    // week. (dateutil cuts its first week at the start and fires Wednesday.)
    expect(first('FREQ=WEEKLY;BYDAY=MO,WE,FR;BYSETPOS=1', '20261125T090000', 3)).toEqual([
      '20261130T090000',
      '20261207T090000',
      '20261214T090000',
    ])
  })
})

describe('expandRecurrence: bounded work', () => {
  const year = 366 * 86_400_000

  it('steps past a huge INTERVAL in one step instead of counting days', () => {
    const start = wall('20260301T090000')
    for (const rule of ['FREQ=DAILY;INTERVAL=2147483647', 'FREQ=WEEKLY;INTERVAL=100000000']) {
      const budget = { left: 10 }
      const got = expandRecurrence(
        recurrence(rule),
        start,
        { from: start, to: start + 50 * year },
        budget,
      )
      expect(got).toEqual({ times: [start], complete: true })
      expect(budget.left).toBeGreaterThanOrEqual(7)
    }
  })

  it('jumps from a DTSTART in year 0001 to the window when there is no COUNT', () => {
    const from = wall('20261123T000000')
    const budget = { left: 100 }
    const { times, complete } = expandRecurrence(
      recurrence('FREQ=DAILY'),
      wall('00010101T090000'),
      { from, to: from + 7 * 86_400_000 },
      budget,
    )
    expect([times.map(basic), complete]).toEqual([
      [
        '20261123T090000',
        '20261124T090000',
        '20261125T090000',
        '20261126T090000',
        '20261127T090000',
        '20261128T090000',
        '20261129T090000',
      ],
      true,
    ])
    expect(budget.left).toBeGreaterThan(80)
  })

  it('stops when the budget runs out and says so, with what it found so far', () => {
    const start = wall('20261124T000000')
    const budget = { left: 1000 }
    const got = expandRecurrence(
      recurrence('FREQ=SECONDLY'),
      start,
      { from: start, to: start + 86_400_000 },
      budget,
    )
    expect(got.complete).toBe(false)
    expect(budget.left).toBe(0)
    expect(got.times.length).toBeLessThan(1000)
    expect(got.times[0]).toBe(start)
  })

  it('counts COUNT from the start even when the window begins later', () => {
    const start = wall('20261101T090000')
    const from = wall('20261123T000000')
    const { times } = expandRecurrence(recurrence('FREQ=DAILY;COUNT=25'), start, {
      from,
      to: from + 7 * 86_400_000,
    })
    expect(times.map(basic)).toEqual(['20261123T090000', '20261124T090000', '20261125T090000'])
  })

  it('skips whole days a day-level part rules out, so a sparse SECONDLY rule is cheap', () => {
    const start = wall('20260101T000000')
    const budget = { left: 5000 }
    const { times, complete } = expandRecurrence(
      recurrence('FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=29;BYHOUR=12;BYMINUTE=0;BYSECOND=0'),
      start,
      { from: start, to: start + 4 * year },
      budget,
    )
    expect([times.map(basic), complete]).toEqual([['20280229T120000'], true])
  })

  it('ends every series at 9999-12-31', () => {
    const start = wall('99991230T090000')
    const { times } = expandRecurrence(recurrence('FREQ=DAILY'), start, {
      from: start,
      to: Number.MAX_SAFE_INTEGER,
    })
    expect(times.map(basic)).toEqual(['99991230T090000', '99991231T090000'])
  })
})
