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

// The wall clock straight from Intl: slow (formatToParts), so only for the
// instants the per-hour memory below has not seen.
function intlWallClockAt(epochMs: number, timeZone: string): number {
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

// The offset in ms (wall clock minus the instant's whole seconds) Intl gives.
const intlOffsetMs = (epochMs: number, timeZone: string) =>
  intlWallClockAt(epochMs, timeZone) - Math.floor(epochMs / 1000) * 1000

/**
 * The wall-clock reading in `timeZone` at an instant, whole seconds, expressed
 * as milliseconds of a UTC calendar ("local fields as if they were UTC").
 *
 * @throws RangeError for an unknown zone.
 */
export function wallClockAt(epochMs: number, timeZone: string): number {
  return Math.floor(epochMs / 1000) * 1000 + offsetMsAt(epochMs, timeZone)
}

/**
 * The zone's UTC offset in minutes at an instant (east positive), e.g. 60 for
 * Europe/Stockholm in winter, 825 for Pacific/Chatham in summer.
 *
 * @throws RangeError for an unknown zone.
 */
export function offsetMinutesAt(epochMs: number, timeZone: string): number {
  return Math.round(offsetMsAt(epochMs, timeZone) / 60_000)
}

// Intl is slow and offsets change a few times a year: remember, per zone and
// UTC day (from 1970) or hour (before), the offset (in ms, to the second, as
// Intl reads it) when it is the same at both ends of the day or hour. That
// assumes no zone changes its offset twice within one day since 1970 (nor
// within one hour before), as `resolveWallClock` does; days with a change
// are remembered by the hour, and only hours with a change ask Intl for the
// exact instant. Both the offset in minutes and the wall clock are read
// from it.
function offsetMsAt(epochMs: number, timeZone: string): number {
  // Near the ends of the Date range a day's last second may not exist.
  if (Math.abs(epochMs) > MAX_DATE_MS - DAY_MS) return intlOffsetMs(epochMs, timeZone)
  let zone = memory.get(timeZone)
  if (!zone) {
    formatter(timeZone) // throws for an unknown zone before anything is remembered
    if (memory.size >= MAX_ZONES) memory.clear()
    zone = { days: new Map(), hours: new Map() }
    memory.set(timeZone, zone)
  }
  if (epochMs >= 0) {
    const offset = constantOver(zone.days, Math.floor(epochMs / DAY_MS), DAY_MS, timeZone)
    if (offset !== null) return offset
  }
  return (
    constantOver(zone.hours, Math.floor(epochMs / HOUR_MS), HOUR_MS, timeZone) ??
    intlOffsetMs(epochMs, timeZone)
  )
}

// The offset over bucket `index` of `size` ms when it is the same at both
// ends, else null; remembered in `known`.
function constantOver(
  known: Map<number, number | null>,
  index: number,
  size: number,
  timeZone: string,
): number | null {
  let offset = known.get(index)
  if (offset === undefined) {
    const first = intlOffsetMs(index * size, timeZone)
    const last = intlOffsetMs(index * size + size - 1000, timeZone)
    offset = first === last ? first : null
    if (known.size >= MAX_BUCKETS) known.clear()
    known.set(index, offset)
  }
  return offset
}

const HOUR_MS = 3_600_000
const MAX_DATE_MS = 8.64e15
// Per zone about 35 years of days and a year and a half of hours, and at
// most 64 zone names, before the memory is dropped: bounded whatever
// callers ask for.
const MAX_BUCKETS = 13_000
const MAX_ZONES = 64
const memory = new Map<
  string,
  { days: Map<number, number | null>; hours: Map<number, number | null> }
>()

/**
 * {@link offsetMinutesAt} without the per-hour memory: for scans that visit
 * each instant once (finding a zone's transitions), where remembering only
 * costs.
 *
 * @throws RangeError for an unknown zone.
 */
export function exactOffsetMinutesAt(epochMs: number, timeZone: string): number {
  return Math.round(intlOffsetMs(epochMs, timeZone) / 60_000)
}
