import { DAY_MS, MINUTE_MS } from './civil'
import { isLocalDate, toDayNumber } from './dates'
import { fail } from './errors'
import { assertTimeZone, resolveWallClock } from './zoned'

// RFC 3339 date-time with minutes-only allowed, optional seconds, optional offset.
const DATETIME_RE =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/

/**
 * Reads a date-time as used in `profile.busy`: `YYYY-MM-DDTHH:MM[:SS]` is
 * local to `timeZone` (DST gaps and repeats resolved as in
 * {@link localToEpoch}); with `Z` or `+HH:MM`/`-HH:MM` it is an absolute
 * instant and `timeZone` is not consulted for the result.
 *
 * @param path - JSON pointer used in the error, e.g. `/busy/0/start`.
 * @returns Epoch milliseconds.
 * @throws SnackplanError `time/invalid-datetime` for any other shape (date-only,
 * lowercase `t`/`z`, fractions of seconds, `24:00`, impossible dates) and
 * `time/invalid-time-zone` for an unknown zone.
 */
export function parseDateTimeInZone(text: string, timeZone: string, path = ''): number {
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
  if (zone === undefined) return resolveWallClock(wallMs, timeZone).epochMs
  if (zone === 'Z') return wallMs
  const sign = zone.startsWith('-') ? -1 : 1
  const offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)))
  return wallMs - offset * MINUTE_MS
}
