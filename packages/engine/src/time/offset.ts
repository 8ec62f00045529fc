// Zone offsets from Intl alone, so results never depend on the host's TZ.
import { DAY_MS, daysFromCivil } from './civil'

const formatters = new Map<string, Intl.DateTimeFormat>()
// IANA names start with a letter ("UTC", "Europe/Stockholm", "Etc/GMT+1").
// Newer ICU versions also accept raw offsets such as "+01:00"; refusing them
// keeps the accepted set the same on every Node version.
const IANA_NAME_RE = /^[A-Za-z][A-Za-z0-9_+\-/]*$/

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    if (!IANA_NAME_RE.test(timeZone))
      throw new RangeError(`Invalid time zone specified: ${timeZone}`)
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

/** True when the runtime knows this IANA zone name (e.g. `Europe/Stockholm`, `UTC`). */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string') return false
  try {
    formatter(timeZone)
    return true
  } catch {
    return false
  }
}

/**
 * The wall-clock reading in `timeZone` at an instant, whole seconds, expressed
 * as milliseconds of a UTC calendar ("local fields as if they were UTC").
 *
 * @throws RangeError for an unknown zone.
 */
export function wallClockAt(epochMs: number, timeZone: string): number {
  const parts: Record<string, number> = {}
  for (const p of formatter(timeZone).formatToParts(epochMs)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value)
  }
  const days = daysFromCivil(parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
  return (
    days * DAY_MS +
    ((parts.hour ?? 0) * 3600 + (parts.minute ?? 0) * 60 + (parts.second ?? 0)) * 1000
  )
}

/**
 * The zone's UTC offset in minutes at an instant (east positive), e.g. 60 for
 * Europe/Stockholm in winter, 825 for Pacific/Chatham in summer.
 *
 * @throws RangeError for an unknown zone.
 */
export function offsetMinutesAt(epochMs: number, timeZone: string): number {
  // Intl is slow and offsets change a few times a year: remember, per zone
  // and hour, the offset when it is the same at both ends of the hour (no
  // zone changes twice within an hour); only hours with a change ask Intl
  // for the exact instant.
  // Near the ends of the Date range an hour's last second may not exist.
  if (Math.abs(epochMs) > MAX_DATE_MS - HOUR_MS) return exactOffsetMinutesAt(epochMs, timeZone)
  const bucket = Math.floor(epochMs / HOUR_MS)
  let zone = hourly.get(timeZone)
  if (!zone) {
    formatter(timeZone) // throws for an unknown zone before anything is remembered
    if (hourly.size >= MAX_ZONES) hourly.clear()
    zone = new Map()
    hourly.set(timeZone, zone)
  }
  let offset = zone.get(bucket)
  if (offset === undefined) {
    const first = exactOffsetMinutesAt(bucket * HOUR_MS, timeZone)
    const last = exactOffsetMinutesAt(bucket * HOUR_MS + HOUR_MS - 1000, timeZone)
    offset = first === last ? first : null
    if (zone.size >= MAX_HOURS) zone.clear()
    zone.set(bucket, offset)
  }
  return offset ?? exactOffsetMinutesAt(epochMs, timeZone)
}

const HOUR_MS = 3_600_000
const MAX_DATE_MS = 8.64e15
// About a year and a half of hours per zone, and at most 64 zone names,
// before the memory is dropped: bounded whatever callers ask for.
const MAX_HOURS = 13_000
const MAX_ZONES = 64
const hourly = new Map<string, Map<number, number | null>>()

/**
 * {@link offsetMinutesAt} without the per-hour memory: for scans that visit
 * each instant once (finding a zone's transitions), where remembering only
 * costs.
 *
 * @throws RangeError for an unknown zone.
 */
export function exactOffsetMinutesAt(epochMs: number, timeZone: string): number {
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000
  return Math.round((wallClockAt(epochMs, timeZone) - wholeSeconds) / 60_000)
}
