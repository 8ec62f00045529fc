import { isSnackplanError, showValue } from '@snackplan/catalog'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calendarError } from '../../src/errors'
import { parseInstant } from '../../src/time/instant'

// The plain path: parseInstant as it was before it read the planner's own
// form without a Date.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/
function plainParseInstant(value: unknown, path: string): number {
  const ms = typeof value === 'string' && INSTANT.test(value) ? Date.parse(value) : Number.NaN
  if (!Number.isFinite(ms)) {
    throw calendarError(
      'calendar/invalid-time',
      path,
      `expected an ISO 8601 instant with an offset or Z, got ${showValue(value)}`,
    )
  }
  return ms
}

/** The number, or the error's code, path and message: both ways must agree on either. */
function outcome(parse: (value: unknown, path: string) => number, value: unknown): unknown {
  try {
    return parse(value, '/days/0/snacks/0/start')
  } catch (error) {
    if (!isSnackplanError(error)) throw error
    return `${error.code} ${error.path} ${error.message}`
  }
}

const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'))
// Every field from in range to just past it, so the edges of what the fast
// reading takes (day 28, hour 23, offset 23:59) and of what Date.parse
// takes (day 31, hour 24) are both crossed.
const written = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
    two(13),
    two(32),
    two(25),
    two(61),
    fc.option(two(61), { nil: undefined }),
    fc.constantFrom('', '.5', '.123456789', '.1234567890'),
    fc.oneof(
      fc.constantFrom('Z', 'z', '', '+0100', '+01'),
      fc
        .tuple(fc.constantFrom('+', '-', '−'), two(25), two(61))
        .map(([s, h, m]) => `${s}${h}:${m}`),
    ),
  )
  .map(([y, mo, d, h, mi, s, frac, zone]) =>
    s === undefined
      ? `${y}-${mo}-${d}T${h}:${mi}${zone}`
      : `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${zone}`,
  )
// One character swapped for a look-alike: a space, a letter, another sign,
// a non-ASCII digit.
const mutated = fc
  .tuple(
    written,
    fc.nat(),
    fc.constantFrom('0', '9', ' ', 'T', 't', 'Z', '-', '+', ':', '.', '\u0660', '１'),
  )
  .map(([text, at, ch]) => {
    const i = at % text.length
    return text.slice(0, i) + ch + text.slice(i + 1)
  })

describe('parseInstant', () => {
  it('reads every instant as Date.parse read it, and refuses the same ones with the same error', () => {
    fc.assert(
      fc.property(
        fc.oneof(written, mutated, fc.string({ maxLength: 30 }), fc.anything()),
        (value) => {
          expect(outcome(parseInstant, value)).toBe(outcome(plainParseInstant, value))
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('reads the planner’s form at the ends of the years it writes', () => {
    for (const text of [
      '0000-01-01T00:00:00+01:00',
      '0000-01-01T00:00:00Z',
      '9999-12-28T23:59:59-23:59',
      '1970-01-01T00:00:00-00:00',
      '2026-11-23T09:30:00+01:00',
    ])
      expect(parseInstant(text, '')).toBe(Date.parse(text))
  })
})
