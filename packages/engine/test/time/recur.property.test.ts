import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arbitraryRRuleBody } from '../../../../fuzz/arbitraries/rrule'
import { expandRecurrence } from '../../src/time/index'
import { recurrence } from './fixtures/recurrence'

const DAY = 86_400_000
const SUB_DAILY = /FREQ=(HOURLY|MINUTELY|SECONDLY)/

// A rule, a start, and a window a little or a lot after it.
const caseArb = fc
  .tuple(
    arbitraryRRuleBody(['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY', 'SECONDLY']),
    fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2040, 0, 1) / 1000 }),
    fc.integer({ min: 0, max: 3 * 366 }),
    fc.integer({ min: 1, max: 40 }),
  )
  .map(([rule, startSec, offsetDays, lengthDays]) => {
    // Sub-daily rules stay within weeks, so the plain path stays cheap.
    const scale = SUB_DAILY.test(rule) ? 0.02 : 1
    const start = startSec * 1000
    const from = start + Math.floor(offsetDays * scale) * DAY + (startSec % 7) * 3_600_000
    return { rule, start, from, to: from + Math.ceil(lengthDays * scale) * DAY }
  })

describe('expandRecurrence: the window changes nothing but what is shown', () => {
  it('equals the expansion from the start, cut to the window (the jump-ahead is exact)', () => {
    fc.assert(
      fc.property(caseArb, ({ rule, start, from, to }) => {
        const plain = expandRecurrence(
          recurrence(rule),
          start,
          { from: start, to },
          { left: 400_000 },
        )
        fc.pre(plain.complete)
        const windowed = expandRecurrence(recurrence(rule), start, { from, to })
        expect(windowed.complete).toBe(true)
        expect(windowed.times).toEqual(plain.times.filter((t) => t >= from))
      }),
      { numRuns: 300 },
    )
  })

  it('gives sorted, distinct whole seconds inside the window; a smaller budget gives a prefix', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 200 }), ({ rule, start, from, to }, small) => {
        const full = expandRecurrence(recurrence(rule), start, { from, to }, { left: 400_000 })
        fc.pre(full.complete)
        const { times } = full
        const bad = times.findIndex(
          (t, i) =>
            t % 1000 !== 0 ||
            t < from ||
            t >= to ||
            t < start ||
            (i > 0 && t <= (times[i - 1] ?? 0)),
        )
        expect(bad).toBe(-1)
        const budget = { left: small }
        const cut = expandRecurrence(recurrence(rule), start, { from, to }, budget)
        expect(times.slice(0, cut.times.length)).toEqual(cut.times)
        if (!cut.complete) expect(budget.left).toBe(0)
        else expect(cut.times).toEqual(times)
      }),
      { numRuns: 300 },
    )
  })
})
