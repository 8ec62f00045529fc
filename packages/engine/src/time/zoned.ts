import type { LocalDate, LocalTime, Weekday } from '../types/profile'
import { civilFromDays, DAY_MS, MINUTE_MS, pad } from './civil'
import { formatLocalTime } from './clock'
import { addDays, fromDayNumber, toDayNumber, weekdayOf } from './dates'
import { fail } from './errors'
import { isValidTimeZone, wallClockAt } from './offset'
import { intlOffsetAt, readWallClock } from './span'

/**
 * How a local wall-clock time maps onto real instants in a zone:
 * `unique` (the usual case), `gap` (skipped by a spring-forward change, e.g.
 * 02:30 on 2026-03-29 in Europe/Stockholm) or `repeated` (shown twice after a
 * fall-back change, e.g. 02:30 on 2026-10-25 in Europe/Stockholm).
 */
export type LocalTimeStatus = 'unique' | 'gap' | 'repeated'

/** A local time resolved to one instant with the RFC 5545 policy (see docs/time-zones.md). */
export interface ResolvedLocalTime {
  /** The chosen instant, ms since the Unix epoch. */
  epochMs: number
  /** Whether the wall time was unique, in a gap or repeated. */
  status: LocalTimeStatus
  /** The zone's offset at `epochMs` in minutes, east positive. */
  offsetMinutes: number
}

/** A moment read off the wall clock of a zone. */
export interface ZonedParts {
  /** Local calendar date. */
  date: LocalDate
  /** Local `HH:MM`. */
  time: LocalTime
  /** Minutes since local midnight, 0..1439. */
  minuteOfDay: number
  /** Seconds within the minute, 0..59. */
  second: number
  /** Local weekday key. */
  weekday: Weekday
  /** UTC offset in minutes at that instant, east positive. */
  offsetMinutes: number
}

/**
 * Throws unless the runtime knows `timeZone` as an IANA zone name.
 *
 * @throws SnackplanError `time/invalid-time-zone`.
 */
export function assertTimeZone(timeZone: string, path = ''): void {
  if (!isValidTimeZone(timeZone)) {
    fail('time/invalid-time-zone', `unknown IANA time zone ${JSON.stringify(timeZone)}`, path)
  }
}

function assertEpoch(epochMs: number): void {
  if (!Number.isFinite(epochMs))
    throw new RangeError(`[snackplan] [engine] not a finite epoch: ${epochMs}`)
}

/**
 * Resolves a wall-clock reading (local fields as UTC ms) in a zone.
 * Assumes at most one offset change within a day either side, true of every
 * zone in the IANA database since 1970.
 */
export function resolveWallClock(wallMs: number, timeZone: string): ResolvedLocalTime {
  const { epochMs, status, offsetMs } = readWallClock(wallMs, intlOffsetAt(timeZone))
  return { epochMs, status, offsetMinutes: offsetMs / MINUTE_MS }
}

/**
 * Resolves `date` at `minutes` past local midnight in `timeZone` to one
 * instant and says whether the time was unique, in a DST gap or repeated.
 * `minutes` may be 1440: the midnight that ends the day.
 *
 * @throws SnackplanError `time/invalid-date`, `time/invalid-time` or `time/invalid-time-zone`.
 */
export function resolveLocalTime(
  date: LocalDate,
  minutes: number,
  timeZone: string,
): ResolvedLocalTime {
  const day = toDayNumber(date)
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440) {
    fail('time/invalid-time', `minutes of day must be a whole number 0..1440, got ${minutes}`)
  }
  assertTimeZone(timeZone)
  return resolveWallClock(day * DAY_MS + minutes * MINUTE_MS, timeZone)
}

/**
 * The instant (epoch ms) of a local date and time in a zone, with the RFC 5545
 * policy: a time in a spring-forward gap uses the offset before the gap
 * (02:30 on 2026-03-29 in Europe/Stockholm -> 01:30Z, shown as 03:30+02:00); a
 * repeated time takes its first occurrence (02:30 on 2026-10-25 -> 00:30Z).
 *
 * @example formatUtc(localToEpoch('2026-11-23', 570, 'Europe/Stockholm')) === '2026-11-23T08:30:00Z'
 */
export function localToEpoch(date: LocalDate, minutes: number, timeZone: string): number {
  return resolveLocalTime(date, minutes, timeZone).epochMs
}

/**
 * The instants where a local day starts and the next one starts: `[start, end)`.
 * Usually 24 h apart; 23 h or 25 h on DST days (23.5/24.5 h on Lord Howe Island).
 */
export function localDayRange(
  date: LocalDate,
  timeZone: string,
): {
  /** Epoch ms of the day's first local midnight. */
  start: number
  /** Epoch ms of the next day's start, exclusive. */
  end: number
} {
  return {
    start: localToEpoch(date, 0, timeZone),
    end: localToEpoch(addDays(date, 1), 0, timeZone),
  }
}

/**
 * Reads the wall clock of `timeZone` at an instant.
 *
 * @throws SnackplanError `time/invalid-time-zone`.
 */
export function zonedParts(epochMs: number, timeZone: string): ZonedParts {
  const { day, secondOfDay, offsetMinutes } = readClock(epochMs, timeZone)
  const date = fromDayNumber(day)
  const minuteOfDay = Math.floor(secondOfDay / 60)
  return {
    date,
    time: formatLocalTime(minuteOfDay),
    minuteOfDay,
    second: secondOfDay % 60,
    weekday: weekdayOf(date),
    offsetMinutes,
  }
}

// The wall clock at an instant (its day number and second of the day) and
// the zone's offset there, from one offset lookup.
function readClock(epochMs: number, timeZone: string) {
  assertEpoch(epochMs)
  assertTimeZone(timeZone)
  const wall = wallClockAt(epochMs, timeZone)
  const offsetMs = wall - Math.floor(epochMs / 1000) * 1000
  const day = Math.floor(wall / DAY_MS)
  return {
    day,
    secondOfDay: (wall - day * DAY_MS) / 1000,
    offsetMinutes: Math.round(offsetMs / MINUTE_MS),
  }
}

/** `+HH:MM` / `-HH:MM` for an offset in minutes (`+00:00` for UTC, never `Z`). */
export function formatOffset(offsetMinutes: number): string {
  const abs = Math.abs(offsetMinutes)
  return `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

/**
 * An instant as local wall time in a zone with that instant's offset:
 * `YYYY-MM-DDTHH:MM:SS+HH:MM` (RFC 3339; `+00:00` for UTC, never `Z`;
 * milliseconds are dropped).
 *
 * @example formatZoned(Date.UTC(2026, 2, 29, 1, 30), 'Europe/Stockholm') === '2026-03-29T03:30:00+02:00'
 */
export function formatZoned(epochMs: number, timeZone: string): string {
  // Only the fields a timestamp shows, not a whole zonedParts.
  const { day, secondOfDay: s, offsetMinutes } = readClock(epochMs, timeZone)
  return `${fromDayNumber(day)}T${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}${formatOffset(offsetMinutes)}`
}

/**
 * An instant in UTC: `YYYY-MM-DDTHH:MM:SSZ` (milliseconds dropped).
 *
 * @example formatUtc(0) === '1970-01-01T00:00:00Z'
 */
export function formatUtc(epochMs: number): string {
  assertEpoch(epochMs)
  const day = Math.floor(epochMs / DAY_MS)
  const { year, month, day: dom } = civilFromDays(day)
  const s = Math.floor((epochMs - day * DAY_MS) / 1000)
  return `${pad(year, 4)}-${pad(month)}-${pad(dom)}T${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}Z`
}
