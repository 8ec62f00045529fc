import type { LocalTime } from '../types/profile'
import { pad } from './civil'
import { fail } from './errors'

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/

/** True for a 24-hour wall-clock time `HH:MM` from `00:00` to `23:59`. */
export function isLocalTime(value: unknown): value is LocalTime {
  return typeof value === 'string' && TIME_RE.test(value)
}

/**
 * Minutes since local midnight of an `HH:MM` time.
 *
 * @example parseLocalTime('08:30') === 510
 * @throws SnackplanError `time/invalid-time` unless `text` is `00:00`..`23:59`.
 */
export function parseLocalTime(text: string, path = ''): number {
  // Read digit by digit (a plan reads the profile's times thousands of
  // times); accepts exactly what TIME_RE accepts.
  if (typeof text === 'string' && text.length === 5 && text.charCodeAt(2) === COLON) {
    const h = digit(text, 0) * 10 + digit(text, 1)
    const m = digit(text, 3) * 10 + digit(text, 4)
    if (h >= 0 && h <= 23 && m >= 0 && m <= 59) return h * 60 + m
  }
  return fail(
    'time/invalid-time',
    `expected a 24-hour time HH:MM (00:00-23:59), got ${JSON.stringify(text)}`,
    path,
  )
}

const COLON = 58
const ZERO = 48
// The digit at `i`, or a large negative number (which fails every range check) for any other character.
function digit(text: string, i: number): number {
  const d = text.charCodeAt(i) - ZERO
  return d >= 0 && d <= 9 ? d : -1000
}

/**
 * `HH:MM` for minutes since local midnight; inverse of {@link parseLocalTime}.
 *
 * @example formatLocalTime(510) === '08:30'
 * @throws RangeError unless `minutes` is a whole number in 0..1439.
 */
export function formatLocalTime(minutes: number): LocalTime {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1439) {
    throw new RangeError(
      `[snackplan] [engine] minutes of day must be a whole number 0..1439, got ${minutes}`,
    )
  }
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
}
