import { offsetMinutesAt, resolveWallClock } from '@snackplan/engine'
import { isTimeZone } from '../time/zone'
import { ICAL, type Time } from './ical'

type Zone = NonNullable<Time['zone']>

/**
 * A wall-clock reading as milliseconds of a UTC calendar ("local fields as
 * if they were UTC"), the form recurrences are expanded in. `setUTCFullYear`
 * keeps years 0-99 as written (`Date.UTC` would move them to 19xx).
 */
export function wallOf(time: Time): number {
  const date = new Date(0)
  date.setUTCFullYear(time.year, time.month - 1, time.day)
  if (!time.isDate) date.setUTCHours(time.hour, time.minute, time.second, 0)
  return date.getTime()
}

/** The ical.js time of a wall clock (ms on a UTC calendar) in `zone`. */
export function timeAt(wallMs: number, zone: Zone | undefined, isDate = false): Time {
  const d = new Date(wallMs)
  return ICAL.Time.fromData(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      isDate,
    },
    zone,
  )
}

/** Converts between a series' wall clock and real instants. */
export interface SeriesClock {
  /** The instant of a wall-clock reading (a DST gap takes the offset before it). */
  toEpoch(wallMs: number): number
  /** The wall-clock reading at an instant. */
  toWall(epochMs: number): number
  /** True when wall time is the instant (UTC): no gaps, no repeats. */
  exact: boolean
}

const UTC_CLOCK: SeriesClock = { toEpoch: (ms) => ms, toWall: (ms) => ms, exact: true }

function ianaClock(zone: string): SeriesClock {
  return {
    exact: false,
    toEpoch: (wallMs) => resolveWallClock(wallMs, zone).epochMs,
    toWall: (epochMs) => epochMs + offsetMinutesAt(epochMs, zone) * 60_000,
  }
}

const HOUR_MS = 3_600_000

// A VTIMEZONE from the file: ical.js knows its rules, slowly (a Time object
// and a search of the zone's changes per call). Offsets change a few times a
// year, so each wall-clock hour whose two ends share an offset remembers it;
// only hours with a change are converted minute by minute. Per clock, so the
// memory goes with the call.
function icalClock(zone: Zone): SeriesClock {
  const exact = (wallMs: number) => timeAt(wallMs, zone).toUnixTime() * 1000
  const hours = new Map<number, number | null>()
  return {
    exact: false,
    toEpoch: (wallMs) => {
      const hour = Math.floor(wallMs / HOUR_MS)
      let offset = hours.get(hour)
      if (offset === undefined) {
        const first = hour * HOUR_MS
        const a = first - exact(first)
        const b = first + HOUR_MS - 1000 - exact(first + HOUR_MS - 1000)
        offset = a === b ? a : null
        hours.set(hour, offset)
      }
      return offset === null ? exact(wallMs) : wallMs - offset
    },
    toWall: (epochMs) => {
      const utc = timeAt(0, ICAL.Timezone.utcTimezone)
      utc.fromUnixTime(Math.floor(epochMs / 1000))
      return wallOf(utc.convertToZone(zone))
    },
  }
}

/**
 * The clock a time is read with, as `timeToEpoch` reads it: UTC and
 * zones the file defines through ical.js; floating times and TZIDs the file
 * does not define as the TZID when the runtime knows it, else `fallbackZone`;
 * dates (all-day) in `fallbackZone`.
 */
export function clockOf(time: Time, tzid: string | undefined, fallbackZone: string): SeriesClock {
  if (!time.isDate && time.zone && time.zone.tzid !== 'floating') {
    return time.zone.tzid === 'UTC' ? UTC_CLOCK : icalClock(time.zone)
  }
  const zone = !time.isDate && tzid && isTimeZone(tzid) ? tzid : fallbackZone
  return zone === 'UTC' ? UTC_CLOCK : ianaClock(zone)
}
