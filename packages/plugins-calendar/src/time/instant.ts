import { showValue } from '@snackplan/catalog'
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

/** `2026-11-23T08:30:00Z`: UTC, whole seconds, no milliseconds. */
export function formatUtc(epochMs: number): string {
  return `${new Date(Math.floor(epochMs / 1000) * 1000).toISOString().slice(0, 19)}Z`
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
