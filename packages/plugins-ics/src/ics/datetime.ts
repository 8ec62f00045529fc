import { icsError } from './errors'

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?Z$/

/**
 * Reads a UTC instant such as `2026-11-23T08:30:00Z` into epoch milliseconds.
 * ICS has whole seconds, so a fraction other than zero is refused rather than
 * silently cut.
 */
export function parseInstant(value: unknown, path: string): number {
  const m = typeof value === 'string' ? INSTANT.exec(value) : null
  if (!m) {
    throw icsError(
      'ics/invalid-instant',
      path,
      `expected a UTC instant like 2026-11-23T08:30:00Z, got ${JSON.stringify(value)}`,
    )
  }
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  if (m[7] && /[1-9]/.test(m[7])) {
    throw icsError('ics/invalid-instant', path, `ICS times have whole seconds, got ${value}`)
  }
  const date = new Date(0)
  date.setUTCFullYear(y, mo - 1, d)
  date.setUTCHours(h, mi, s, 0)
  const ms = date.getTime()
  const back = new Date(ms)
  if (
    back.getUTCFullYear() !== y ||
    back.getUTCMonth() !== mo - 1 ||
    back.getUTCDate() !== d ||
    h > 23 ||
    mi > 59 ||
    s > 59
  ) {
    throw icsError('ics/invalid-instant', path, `${value} is not a real date and time`)
  }
  return ms
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** `YYYYMMDDTHHMMSS` of the wall clock that `ms` shows in UTC (no `Z`). */
export function formatWall(ms: number): string {
  const d = new Date(ms)
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
  )
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
