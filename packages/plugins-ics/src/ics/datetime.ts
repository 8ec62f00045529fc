import { showValue } from '@snackplan/catalog'

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?Z$/

const DAY = 86_400_000
// 400 Gregorian years are exactly 146,097 days. Date.UTC reads years 0-99 as
// 1900-1999, so every year is shifted by 400 and the span taken off again.
const SHIFT_YEARS = 400
const SHIFT_MS = 146_097 * DAY

// The digits of `s` from `from` as a number, or NaN if any is not a digit.
function digits(s: string, from: number, count: number): number {
  let n = 0
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - 48
    if (d < 0 || d > 9) return Number.NaN
    n = n * 10 + d
  }
  return n
}

// Epoch ms of UTC date and time fields through `Date.UTC`, which allocates
// nothing. A day past the month's end (or month 13) would roll over silently
// there, so the fields are checked first: NaN when they are not a real date
// and time.
function epochMs(year: number, mo: number, d: number, h: number, mi: number, s: number): number {
  const y = year + SHIFT_YEARS
  const real =
    mo >= 1 &&
    mo <= 12 &&
    d >= 1 &&
    (d <= 28 || d <= (Date.UTC(y, mo, 1) - Date.UTC(y, mo - 1, 1)) / DAY) &&
    h <= 23 &&
    mi <= 59 &&
    s <= 59
  return real ? Date.UTC(y, mo - 1, d, h, mi, s) - SHIFT_MS : Number.NaN
}

// `YYYY-MM-DDTHH:MM:SSZ`, the form toCalendarEvents writes, read without a
// match array; NaN for anything else, which the full pattern then reads.
function plainInstant(s: string): number {
  if (
    s.length !== 20 ||
    s.charCodeAt(4) !== 45 ||
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 ||
    s.charCodeAt(13) !== 58 ||
    s.charCodeAt(16) !== 58 ||
    s.charCodeAt(19) !== 90
  )
    return Number.NaN
  return epochMs(
    digits(s, 0, 4),
    digits(s, 5, 2),
    digits(s, 8, 2),
    digits(s, 11, 2),
    digits(s, 14, 2),
    digits(s, 17, 2),
  )
}

/**
 * Reads a UTC instant such as `2026-11-23T08:30:00Z` into epoch milliseconds,
 * or says in words why it is not one. ICS has whole seconds, so a fraction
 * other than zero is refused rather than silently cut.
 */
export function readInstant(value: unknown): number | string {
  if (typeof value === 'string') {
    const ms = plainInstant(value)
    if (!Number.isNaN(ms)) return ms
  }
  const m = typeof value === 'string' ? INSTANT.exec(value) : null
  if (!m) return `expected a UTC instant like 2026-11-23T08:30:00Z, got ${showValue(value)}`
  if (m[7] && /[1-9]/.test(m[7])) return `ICS times have whole seconds, got ${value}`
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const ms = epochMs(y, mo, d, h, mi, s)
  return Number.isNaN(ms) ? `${value} is not a real date and time` : ms
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')
// `00` to `59`, so hours, minutes and seconds are looked up, not formatted.
const TWO = Array.from({ length: 60 }, (_, n) => pad(n))

// Events come in date order, many on the same day: the date part of the last
// day formatted is kept (a pure function of the day, so it is always right).
let lastDay = Number.NaN
let lastDate = ''

/** `YYYYMMDDTHHMMSS` of the wall clock that `ms` shows in UTC (no `Z`). */
export function formatWall(ms: number): string {
  const day = Math.floor(ms / DAY)
  if (day !== lastDay) {
    const d = new Date(day * DAY)
    lastDate = `${pad(d.getUTCFullYear(), 4)}${TWO[d.getUTCMonth() + 1]}${TWO[d.getUTCDate()]}`
    lastDay = day
  }
  const seconds = Math.floor((ms - day * DAY) / 1000)
  const minutes = Math.floor(seconds / 60)
  return `${lastDate}T${TWO[Math.floor(minutes / 60)]}${TWO[minutes % 60]}${TWO[seconds % 60]}`
}

/** `YYYYMMDDTHHMMSSZ`: a DATE-TIME in UTC form (RFC 5545 3.3.5, form #2). */
export function formatUtc(ms: number): string {
  return `${formatWall(ms)}Z`
}

/** `+0100`, `-0500`, `+1345`: a UTC-OFFSET value (RFC 5545 3.3.14). */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`
}
