import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatUtc } from '../../src/time/instant'

// The plain path: what formatUtc was before it left the Date out.
const plainFormatUtc = (epochMs: number) =>
  `${new Date(Math.floor(epochMs / 1000) * 1000).toISOString().slice(0, 19)}Z`

/** The string, or the error's type and message: both ways must agree on either. */
function outcome(format: (ms: number) => string, ms: number): string {
  try {
    return format(ms)
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`
  }
}

const DAY = 86_400_000
// 0000-01-01 and 10000-01-01: the years toISOString writes in four digits.
const FIRST = -62_167_219_200_000
const END = 253_402_300_800_000
const MAX_DATE = 8.64e15

describe('formatUtc', () => {
  it('writes what the Date-based form wrote, over all years 0-9999 and either side', () => {
    const edges = [FIRST, END, 0, MAX_DATE, -MAX_DATE].flatMap((e) => [e - 1000, e - 1, e, e + 1])
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: FIRST - 3 * DAY, max: END + 3 * DAY }),
          fc.double({ min: FIRST - 3 * DAY, max: END + 3 * DAY, noNaN: true }),
          fc.double({ min: -MAX_DATE * 2, max: MAX_DATE * 2 }),
          fc.constantFrom(...edges, -0, -0.5, 0.5, Number.NaN, Number.POSITIVE_INFINITY),
        ),
        (ms) => {
          expect(outcome(formatUtc, ms)).toBe(outcome(plainFormatUtc, ms))
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('keeps years 0 and 9999 in four digits, and toISOString’s own form outside them', () => {
    expect(formatUtc(FIRST)).toBe('0000-01-01T00:00:00Z')
    expect(formatUtc(END - 1)).toBe('9999-12-31T23:59:59Z')
    expect(formatUtc(FIRST - 1)).toBe(plainFormatUtc(FIRST - 1))
    expect(formatUtc(FIRST - 1).startsWith('-000001-12-31')).toBe(true)
  })
})
