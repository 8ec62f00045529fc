import { isSnackplanError } from '@snackplan/catalog'
import { describe, expect, it } from 'vitest'
import { formatLocalTime, isLocalTime, parseLocalTime } from '../../src/time/index'

describe('local times HH:MM', () => {
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
