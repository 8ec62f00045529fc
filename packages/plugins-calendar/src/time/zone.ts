import { calendarError } from '../errors'

// Offsets come from Intl alone, so results never depend on the host's TZ.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** True when the runtime knows this IANA zone name. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone)
    return true
  } catch {
    return false
  }
}

/** Throws a SnackplanError unless `timeZone` is an IANA zone the runtime knows. */
export function assertTimeZone(timeZone: unknown, path: string): string {
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) {
    throw calendarError('calendar/time-zone', path, `unknown time zone ${JSON.stringify(timeZone)}`)
  }
  return timeZone
}

/** The zone's UTC offset in minutes at an instant, east positive. */
export function offsetMinutesAt(epochMs: number, timeZone: string): number {
  const parts: Record<string, number> = {}
  for (const p of formatter(timeZone).formatToParts(new Date(epochMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value)
  }
  const asUtc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  )
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000)
}

/** A wall-clock time without a zone. Months count from 1. */
export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const DAY_MS = 86_400_000

/**
 * The instant a wall-clock time names in a zone. Policy (RFC 5545 3.3.5): a
 * time inside a DST gap is read with the offset before the gap; a time that
 * occurs twice in a DST overlap means its first occurrence.
 */
export function wallToEpoch(wall: WallTime, timeZone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  // Zones change offset at most once a day, so the offsets a day either side
  // are the only candidates.
  const before = offsetMinutesAt(asUtc - DAY_MS, timeZone)
  const after = offsetMinutesAt(asUtc + DAY_MS, timeZone)
  const candidates = [asUtc - before * 60_000, asUtc - after * 60_000].sort((a, b) => a - b)
  for (const t of candidates) {
    if (t + offsetMinutesAt(t, timeZone) * 60_000 === asUtc) return t
  }
  return asUtc - before * 60_000
}
