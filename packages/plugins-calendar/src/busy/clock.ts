import {
  civilFromDays,
  DAY_MS,
  daysFromCivil,
  intlOffsetAt,
  type OffsetAt,
  type SpanEnd,
  spanBound,
} from '@snackplan/engine'
import { isTimeZone, type WallTime } from '../time/zone'
import type { Time } from './ical'

type Zone = NonNullable<Time['zone']>

/**
 * A wall-clock reading as milliseconds of a UTC calendar ("local fields as
 * if they were UTC"), the form recurrences are expanded in. `setUTCFullYear`
 * keeps years 0-99 as written (`Date.UTC` would move them to 19xx).
 */
export function wallOf(time: WallTime & { isDate: boolean }): number {
  const date = new Date(0)
  date.setUTCFullYear(time.year, time.month - 1, time.day)
  if (!time.isDate) date.setUTCHours(time.hour, time.minute, time.second, 0)
  return date.getTime()
}

/** Converts between a series' wall clock and real instants. */
export interface SeriesClock {
  /**
   * The instant a wall-clock reading stands for as the start or the end of a
   * span (an event, an occurrence): as the engine's `wallSpanBound` reads a
   * busy block, a reading in a spring-forward gap starts a span before the
   * jump and ends one after it.
   */
  toEpoch(wallMs: number, end: SpanEnd): number
  /** The wall-clock reading at an instant. */
  toWall(epochMs: number): number
  /** True when wall time is the instant (UTC): no gaps, no repeats. */
  exact: boolean
}

const UTC_CLOCK: SeriesClock = { toEpoch: (ms) => ms, toWall: (ms) => ms, exact: true }

// A zone read with an offset lookup: a wall reading is what the engine's
// spanBound makes of it (a repeated reading is its first occurrence, one in
// a spring-forward gap starts a span at its earlier reading and ends one at
// its later). IANA names take the offsets Intl gives, as wallSpanBound does;
// a VTIMEZONE from the file takes those of ical.js's own table of its
// changes (ical.js's own conversion would take a repeated reading's second
// occurrence).
function offsetClock(offsetAt: OffsetAt): SeriesClock {
  return {
    exact: false,
    toEpoch: (wallMs, end) => spanBound(wallMs, end, offsetAt),
    toWall: (epochMs) => epochMs + offsetAt(epochMs),
  }
}

/** One offset change of a VTIMEZONE, as ical.js lists them: its UTC fields and the offset after it (s). */
interface ChangeRow extends WallTime {
  utcOffset: number
}

// The largest instant a Date holds (ECMA-262 21.4.1.1), in ms from the epoch.
const MAX_DATE_MS = 8.64e15

// ical.js's convertToZone looks an offset up as if the UTC reading were the
// local time, so for the hour after each change it is an hour off (01:00Z
// on 2027-03-28 reads as 02:00 in Stockholm, not 03:00). ical.js's own
// table of the zone's changes is in UTC and sorted, so the offset at an
// instant is the one after the last change at or before it; before the first
// change it is 0, as ical.js reads a local time there.
function offsetsOf(zone: Zone): OffsetAt {
  // The table covers instants before the start of year `until`; one at or
  // after it has ical.js list the changes up to the year after its own.
  let until = Number.NEGATIVE_INFINITY
  let coveredTo = Number.NEGATIVE_INFINITY
  let table: { at: number; offsetMs: number }[] = []
  const cover = (epochMs: number) => {
    // An instant outside Date's range (or NaN) leaves the table as it is,
    // so no lookup has ical.js list a zone's changes for millions of years.
    if (!(Math.abs(epochMs) <= MAX_DATE_MS)) return
    const year = civilFromDays(Math.floor(epochMs / DAY_MS)).year + 1
    if (!(year > until)) return
    zone._ensureCoverage(year)
    // ical.js lists every change again (and sorts) when it covers more
    // years, so the table is read anew, but only when the list grew: it
    // covers a few years more than asked.
    const changes = zone.changes as ChangeRow[]
    if (changes.length !== table.length) {
      table = changes.map((c) => ({
        at: wallOf({ ...c, isDate: false }),
        offsetMs: c.utcOffset * 1000,
      }))
    }
    until = year
    coveredTo = daysFromCivil(year, 1, 1) * DAY_MS
  }
  return (epochMs) => {
    if (epochMs >= coveredTo) cover(epochMs)
    let lo = 0
    let hi = table.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((table[mid]?.at ?? 0) <= epochMs) lo = mid + 1
      else hi = mid
    }
    return table[lo - 1]?.offsetMs ?? 0
  }
}

/**
 * The clock a time is read with (by `instant` in events.ts): UTC and
 * zones the file defines through ical.js; floating times and TZIDs the file
 * does not define as the TZID when the runtime knows it, else `fallbackZone`;
 * dates (all-day) in `fallbackZone`. `known` keeps one clock per zone, so
 * times in one zone share its memory.
 */
export function clockOf(
  time: Time,
  tzid: string | undefined,
  fallbackZone: string,
  known: Map<unknown, SeriesClock> = new Map(),
): SeriesClock {
  if (!time.isDate && time.zone && time.zone.tzid !== 'floating') {
    if (time.zone.tzid === 'UTC') return UTC_CLOCK
    return remembered(known, time.zone, () => offsetClock(offsetsOf(time.zone as Zone)))
  }
  const zone = !time.isDate && tzid && isTimeZone(tzid) ? tzid : fallbackZone
  return zone === 'UTC' ? UTC_CLOCK : remembered(known, zone, () => offsetClock(intlOffsetAt(zone)))
}

function remembered(known: Map<unknown, SeriesClock>, key: unknown, make: () => SeriesClock) {
  let clock = known.get(key)
  if (!clock) {
    clock = make()
    known.set(key, clock)
  }
  return clock
}
