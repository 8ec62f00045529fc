import { showValue } from '@snackplan/catalog'
import { DAY_MS, daysFromCivil, formatUtc as engineFormatUtc } from '@snackplan/engine'
import { calendarError } from '../errors'

// Offset-bearing or UTC ISO 8601 instants, as plans and callers write them.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Milliseconds since the epoch for an ISO instant with `Z` or an offset; throws otherwise. */
export function parseInstant(value: unknown, path: string): number {
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

// Years 0-9999, where toISOString writes the year in four digits.
const FIRST_MS = daysFromCivil(0, 1, 1) * DAY_MS
const END_MS = daysFromCivil(10_000, 1, 1) * DAY_MS

/**
 * `2026-11-23T08:30:00Z`: UTC, whole seconds, no milliseconds, as
 * `toISOString` writes it (cut after the seconds). For years 0-9999 the
 * engine's `formatUtc` writes the same in plain arithmetic, at a fraction of
 * the cost of a `Date`; other years keep toISOString's six digits and sign.
 */
export function formatUtc(epochMs: number): string {
  const whole = Math.floor(epochMs / 1000) * 1000
  return whole >= FIRST_MS && whole < END_MS
    ? engineFormatUtc(whole)
    : `${new Date(whole).toISOString().slice(0, 19)}Z`
}

/** `[year, month, day]` of a `YYYY-MM-DD` date that exists in the calendar, else undefined. */
export function parseDate(value: unknown): [number, number, number] | undefined {
  const m = typeof value === 'string' ? DATE.exec(value) : null
  if (!m) return undefined
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const check = new Date(Date.UTC(y, mo - 1, d))
  return check.getUTCMonth() === mo - 1 && check.getUTCDate() === d ? [y, mo, d] : undefined
}

/** True for an ISO instant with an offset or `Z` (not a local date or time). */
export function isInstant(value: string): boolean {
  return INSTANT.test(value)
}
