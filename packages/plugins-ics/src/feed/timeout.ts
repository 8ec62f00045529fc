import { SnackplanError, showValue } from '@snackplan/catalog'

/**
 * The longest timeout the feed accepts, in ms (10 minutes). Timers take at
 * most 2^31 - 1 ms; a longer delay fires at once, so it must be refused,
 * and no feed response should take longer than this anyway.
 */
const MAX_TIMEOUT_MS = 600_000

/** `value` as a timeout in ms (`fallback` when undefined), or a `feed/options` error at `/timeoutMs`. */
export function checkTimeoutMs(value: unknown, fallback: number): number {
  if (value === undefined) return fallback
  if (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 1 &&
    value <= MAX_TIMEOUT_MS
  ) {
    return value
  }
  throw new SnackplanError(
    [
      {
        code: 'feed/options',
        path: '/timeoutMs',
        message: `timeoutMs must be a whole number of milliseconds from 1 to ${MAX_TIMEOUT_MS}, got ${showValue(value)}`,
      },
    ],
    'feed',
  )
}
