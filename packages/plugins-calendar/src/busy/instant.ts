import { clockOf, wallOf } from './clock'
import type { Time } from './ical'

/**
 * The instant an ical.js time names. UTC and zones defined by a VTIMEZONE in
 * the file are ical.js's to resolve. Floating times, and TZIDs the file does
 * not define, are read as wall-clock time in the TZID when it is an IANA
 * name the runtime knows, else in `fallbackZone`. Dates (all-day) start at
 * midnight in `fallbackZone`.
 */
export function timeToEpoch(time: Time, tzid: string | undefined, fallbackZone: string): number {
  if (!time.isDate && time.zone && time.zone.tzid !== 'floating') return time.toUnixTime() * 1000
  return clockOf(time, tzid, fallbackZone).toEpoch(wallOf(time))
}
