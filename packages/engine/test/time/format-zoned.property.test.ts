import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatOffset, formatZoned, zonedParts } from '../../src/time'
import { ZONES } from './zones'

// The plain path formatZoned took before it read the offset once: every
// field from zonedParts.
const plain = (epochMs: number, timeZone: string) => {
  const p = zonedParts(epochMs, timeZone)
  return `${p.date}T${p.time}:${String(p.second).padStart(2, '0')}${formatOffset(p.offsetMinutes)}`
}

const outcome = (f: () => string) => {
  try {
    return { value: f() }
  } catch (error) {
    return { error: (error as { code?: string }).code ?? String(error) }
  }
}

describe('formatZoned', () => {
  it('writes what zonedParts reads, to the second, LMT offsets and DST changes included', () => {
    const instant = fc.oneof(
      fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2100, 0, 1) }),
      // Each second of the hours around 2026's changes.
      fc.integer({ min: Date.UTC(2026, 2, 28), max: Date.UTC(2026, 3, 6) }),
      fc.integer({ min: Date.UTC(2026, 8, 25), max: Date.UTC(2026, 10, 3) }),
      fc.double({ min: -1e15, max: 1e15, noNaN: true }),
    )
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...ZONES, 'America/St_Johns', 'Africa/Monrovia'),
        (ms, zone) => {
          expect(outcome(() => formatZoned(ms, zone))).toEqual(outcome(() => plain(ms, zone)))
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('refuses what zonedParts refuses', () => {
    const far = Date.UTC(10_000, 0, 1)
    expect(outcome(() => formatZoned(far, 'UTC'))).toEqual({ error: 'time/invalid-date' })
    expect(outcome(() => formatZoned(0, 'Mars/Olympus'))).toEqual({
      error: 'time/invalid-time-zone',
    })
    expect(() => formatZoned(Number.NaN, 'UTC')).toThrow(RangeError)
  })
})
