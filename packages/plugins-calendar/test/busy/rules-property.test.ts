import { isSnackplanError } from '@snackplan/catalog'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { busyFromICS } from '../../src'
import { calendar, vevent } from '../fixtures/ics'

const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']
const list = <T>(arb: fc.Arbitrary<T>) =>
  fc.option(fc.uniqueArray(arb, { minLength: 1, maxLength: 3 }), { nil: undefined })

// Rules built from the parts most likely to make a recurrence engine search
// without end: contradicting months, month days, ordinals, BYSETPOS.
const ruleArb = fc
  .record({
    FREQ: fc.constantFrom('SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
    INTERVAL: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
    BYMONTH: list(fc.integer({ min: 1, max: 12 })),
    BYMONTHDAY: list(fc.integer({ min: -31, max: 31 }).filter((d) => d !== 0)),
    BYDAY: list(
      fc
        .tuple(fc.constantFrom('', '1', '-1', '5'), fc.constantFrom(...weekdays))
        .map(([n, d]) => `${n}${d}`),
    ),
    BYHOUR: list(fc.integer({ min: 0, max: 23 })),
    BYSETPOS: list(fc.integer({ min: 1, max: 10 })),
  })
  .map((r) =>
    Object.entries(r)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : v}`)
      .join(';'),
  )

describe('busyFromICS: recurrence rules from hostile input', () => {
  it('always returns or throws a SnackplanError, within a small budget of steps', () => {
    fc.assert(
      fc.property(ruleArb, (rule) => {
        const text = calendar(
          vevent('x', 'DTSTART:20260301T090000Z', 'DTEND:20260301T093000Z', `RRULE:${rule}`),
        )
        try {
          const blocks = busyFromICS(text, {
            from: '2026-11-23',
            to: '2026-11-29',
            maxOccurrences: 20_000,
          })
          expect(Array.isArray(blocks)).toBe(true)
        } catch (error) {
          expect(isSnackplanError(error)).toBe(true)
        }
      }),
      { numRuns: 60 },
    )
  })
})
