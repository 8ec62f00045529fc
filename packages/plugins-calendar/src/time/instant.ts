import { showValue } from '@snackplan/catalog'
import { DAY_MS, daysFromCivil, formatUtc as engineFormatUtc } from '@snackplan/engine'
import { calendarError } from '../errors'

// Offset-bearing or UTC ISO 8601 instants, as plans and callers write them.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Milliseconds since the epoch for an ISO instant with `Z` or an offset; throws otherwise. */
export function parseInstant(value: unknown, path: string): number {
  const known = typeof value === 'string' ? plannerInstant(value) : undefined
  if (known !== undefined) return known
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

/** The number written in `length` ASCII digits from `at`, or -1 if one is not a digit. */
function digits(text: string, at: number, length: number): number {
  let n = 0
  for (let i = at; i < at + length; i++) {
    const d = text.charCodeAt(i) - 48
    if (d < 0 || d > 9) return -1
    n = n * 10 + d
  }
  return n
}

/**
 * The planner's own form, `2026-11-23T09:30:00+01:00` or `...Z`, read in
 * plain arithmetic (a `Date.parse` costs several times more). Anything
 * else, and any field outside what every ISO reading agrees on (a day past
 * the 28th, hour 24, ...), is left to `Date.parse`: undefined.
 */
function plannerInstant(text: string): number | undefined {
  const zulu = text.length === 20
  if (!zulu && text.length !== 25) return undefined
  if (
    text.charCodeAt(4) !== 45 || // -
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 || // T
    text.charCodeAt(13) !== 58 || // :
    text.charCodeAt(16) !== 58
  )
    return undefined
  let offsetMin = 0
  if (zulu) {
    if (text.charCodeAt(19) !== 90) return undefined // Z
  } else {
    const sign = text.charCodeAt(19)
    const oh = digits(text, 20, 2)
    const om = digits(text, 23, 2)
    if ((sign !== 43 && sign !== 45) || text.charCodeAt(22) !== 58) return undefined // + - :
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return undefined
    offsetMin = (sign === 45 ? -1 : 1) * (oh * 60 + om)
  }
  const year = digits(text, 0, 4)
  const month = digits(text, 5, 2)
  const day = digits(text, 8, 2)
  const hour = digits(text, 11, 2)
  const minute = digits(text, 14, 2)
  const second = digits(text, 17, 2)
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28) return undefined
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
    return undefined
  const seconds = daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second
  return seconds * 1000 - offsetMin * 60_000
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
