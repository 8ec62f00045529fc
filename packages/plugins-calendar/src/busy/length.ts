import { DAY_MS } from '@snackplan/engine'
import type { SeriesClock } from './clock'
import type { ICAL } from './ical'
import { pastWindow, type Window } from './window'

type Duration = InstanceType<typeof ICAL.Duration>

/**
 * How long an event or an occurrence lasts (RFC 5545 3.3.6): days (and
 * weeks) are nominal, the same wall time so many days later, 23 or 25 hours
 * across a DST change; hours, minutes and seconds are exact time.
 */
export interface Length {
  days: number
  ms: number
}

/** A DURATION value as a {@link Length}; a negative one lasts 0 s. */
export function durationLength(duration: Duration): Length {
  if (duration.isNegative) return { days: 0, ms: 0 }
  return {
    days: duration.weeks * 7 + duration.days,
    ms: ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000,
  }
}

/** Whether a {@link Length} takes no time. */
export function isEmpty(length: Length): boolean {
  return length.days === 0 && length.ms === 0
}

/**
 * The instant a span ends that starts at `wall` on `clock` and lasts
 * `length`: its days on the wall clock, then its exact time after that
 * reading taken as a span's end. (ical.js adds all of a DURATION in wall
 * time, so PT2H from 01:30 on a spring-forward night lasted one hour.) In a
 * DST gap that reading is the later one, so the span holds both readings
 * of its start, as `SeriesClock.toEpoch` reads a span. An end whose wall
 * time is past the window (`pastWindow`) is +Infinity without converting it.
 */
export function endAfter(window: Window, clock: SeriesClock, wall: number, length: Length): number {
  const endWall = wall + length.days * DAY_MS
  if (pastWindow(window, endWall)) return Number.POSITIVE_INFINITY
  return clock.toEpoch(endWall, 'end') + length.ms
}
