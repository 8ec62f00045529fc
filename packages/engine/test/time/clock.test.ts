import { isSnackplanError } from '@snackplan/catalog'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatLocalTime, isLocalTime, parseLocalTime } from '../../src/time/index'

// The plain reading: the pattern, then the numbers it captured.
function plainParse(text: string): number | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text)
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined
}

describe('local times HH:MM', () => {
  it('reads digit by digit exactly what the pattern accepts, and refuses the rest', () => {
    const char = fc.constantFrom(...'0123456789:/ a٣０'.split(''))
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(char, { maxLength: 7 }).map((cs) => cs.join('')),
          fc.string({ maxLength: 6 }),
        ),
        (text) => {
          const want = plainParse(text)
          if (want === undefined) expect(() => parseLocalTime(text)).toThrow(/24-hour time/)
          else expect(parseLocalTime(text)).toBe(want)
        },
      ),
      { numRuns: 5000 },
    )
  })

  it('round-trips every minute of the day', () => {
    for (let m = 0; m < 1440; m++) {
      const text = formatLocalTime(m)
      expect(isLocalTime(text)).toBe(true)
      expect(parseLocalTime(text)).toBe(m)
    }
    expect(parseLocalTime('08:30')).toBe(510)
    expect(formatLocalTime(1439)).toBe('23:59')
  })

  it('rejects anything that is not 00:00-23:59', () => {
    for (const bad of ['24:00', '8:30', '08:60', '08:30:00', '0830', '', ' 08:30', '-01:00']) {
      expect(isLocalTime(bad)).toBe(false)
      try {
        parseLocalTime(bad, '/wake')
        expect.unreachable()
      } catch (error) {
        expect(isSnackplanError(error)).toBe(true)
        if (isSnackplanError(error)) {
          expect(error.code).toBe('time/invalid-time')
          expect(error.path).toBe('/wake')
        }
      }
    }
    expect(() => formatLocalTime(1440)).toThrow(RangeError)
    expect(() => formatLocalTime(1.5)).toThrow(RangeError)
  })
})
