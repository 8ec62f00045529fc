import { DAY_MS, MINUTE_MS } from './civil'
import { isLocalDate, toDayNumber } from './dates'
import { fail } from './errors'
import { assertTimeZone, resolveWallClock } from './zoned'

// RFC 3339 date-time with minutes-only allowed, optional seconds, optional offset.
const DATETIME_RE =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/

/** A date-time's wall-clock reading and, when it has one, its offset. */
export interface DateTimeReading {
  /** The written date and time as ms of a UTC calendar ("local fields as if they were UTC"). */
  wallMs: number
  /** The written offset in ms (`Z` is 0); undefined for a time local to the zone. */
  offsetMs: number | undefined
}

/**
 * Reads the shape {@link parseDateTimeInZone} accepts without resolving it,
 * for callers that resolve a local reading their own way (busy blocks).
 *
 * @throws SnackplanError as {@link parseDateTimeInZone} does.
 */
export function readDateTime(text: string, timeZone: string, path = ''): DateTimeReading {
  assertTimeZone(timeZone, path)
  const m = typeof text === 'string' ? DATETIME_RE.exec(text) : null
  if (!m || !isLocalDate(m[1])) {
    fail(
      'time/invalid-datetime',
      `expected YYYY-MM-DDTHH:MM[:SS] (local to ${timeZone}) optionally followed by Z or +HH:MM, got ${JSON.stringify(text)}`,
      path,
    )
  }
  const [, date, hh, mm, ss, zone] = m
  const wallMs =
    toDayNumber(date as string) * DAY_MS +
    (Number(hh) * 60 + Number(mm)) * MINUTE_MS +
    Number(ss ?? 0) * 1000
  if (zone === undefined) return { wallMs, offsetMs: undefined }
  if (zone === 'Z') return { wallMs, offsetMs: 0 }
  const sign = zone.startsWith('-') ? -1 : 1
  return {
    wallMs,
    offsetMs: sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * MINUTE_MS,
  }
}

/**
 * Reads a date-time as used in `profile.busy`: `YYYY-MM-DDTHH:MM[:SS]` is
 * local to `timeZone` (DST gaps and repeats resolved as in
 * {@link localToEpoch}); with `Z` or `+HH:MM`/`-HH:MM` it is an absolute
 * instant and `timeZone` is not consulted for the result. (A busy block's
 * bounds in a DST gap are read as a span's: see `wallSpanBound`.)
 *
 * @param path - JSON pointer used in the error, e.g. `/busy/0/start`.
 * @returns Epoch milliseconds.
 * @throws SnackplanError `time/invalid-datetime` for any other shape (date-only,
 * lowercase `t`/`z`, fractions of seconds, `24:00`, impossible dates) and
 * `time/invalid-time-zone` for an unknown zone.
 */
export function parseDateTimeInZone(text: string, timeZone: string, path = ''): number {
  const { wallMs, offsetMs } = readDateTime(text, timeZone, path)
  return offsetMs === undefined ? resolveWallClock(wallMs, timeZone).epochMs : wallMs - offsetMs
}
