// Reads the profile's time formats for the semantic checks, through the
// engine's time module so a check and the planner never disagree. Each helper
// looks only at strings that already have the schema's shape, so a malformed
// value is reported once, by the schema.
// Direct imports rather than '../time': checking a profile should not load rrule.
import { isLocalTime, parseLocalTime } from '../time/clock'
import { isLocalDate } from '../time/dates'
import { busySpan, wallOrdered } from './busy'
import { DATE_TIME_PATTERN, LOCAL_DATE_PATTERN } from './schema'

const DATE = new RegExp(LOCAL_DATE_PATTERN)
const DATE_TIME = new RegExp(DATE_TIME_PATTERN)
const HAS_OFFSET = /(Z|[+-]\d\d:\d\d)$/

/** Minutes since midnight of an `HH:MM` string, or `undefined` when it is not one. */
export function minutesOfDay(value: unknown): number | undefined {
  return isLocalTime(value) ? parseLocalTime(value) : undefined
}

/** True for a `YYYY-MM-DD` string naming a day that does not exist (`2026-02-30`). */
export function isImpossibleDate(value: unknown): value is string {
  return typeof value === 'string' && DATE.test(value) && !isLocalDate(value)
}

/** A busy-block bound that has the schema's shape. */
export interface BusyBound {
  text: string
  /** The date part names a day that exists. */
  realDate: boolean
  /** No `Z` or offset: local to the profile's zone. */
  local: boolean
}

/** Reads a busy-block bound; `undefined` unless it has the schema's shape. */
export function busyBound(value: unknown): BusyBound | undefined {
  if (typeof value !== 'string' || !DATE_TIME.test(value)) return undefined
  return { text: value, realDate: isLocalDate(value.slice(0, 10)), local: !HAS_OFFSET.test(value) }
}

/**
 * Whether `start` is before `end` as {@link busySpan} reads them (a block in
 * a spring-forward gap is in order); `undefined` when that cannot be told:
 * an offset on one side and no valid zone for the other.
 */
export function busyOrdered(start: BusyBound, end: BusyBound, zone?: string): boolean | undefined {
  if (start.local && end.local) return wallOrdered(start.text, end.text)
  return zone === undefined ? undefined : busySpan(start.text, end.text, zone, '').ordered
}
