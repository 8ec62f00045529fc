import { isValidTimeZone, resolveWallClock } from '@snackplan/engine'
import { calendarError } from '../errors'

// Zone arithmetic is the engine's (Intl only, RFC 5545 gap/overlap policy);
// this file adapts it to the calendar's own errors and wall-time shape.

/** True when the runtime knows this IANA zone name. */
export const isTimeZone = isValidTimeZone

/** Throws a SnackplanError unless `timeZone` is an IANA zone the runtime knows. */
export function assertTimeZone(timeZone: unknown, path: string): string {
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) {
    throw calendarError('calendar/time-zone', path, `unknown time zone ${JSON.stringify(timeZone)}`)
  }
  return timeZone
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

/**
 * The instant a wall-clock time names in a zone. Policy (RFC 5545 3.3.5): a
 * time inside a DST gap is read with the offset before the gap; a time that
 * occurs twice in a DST overlap means its first occurrence.
 */
export function wallToEpoch(wall: WallTime, timeZone: string): number {
  const wallMs = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  return resolveWallClock(wallMs, timeZone).epochMs
}
