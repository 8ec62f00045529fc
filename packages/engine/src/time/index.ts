// Time zones, local dates/times and floating-time recurrences for the planner.
// Policy for DST gaps and repeats: docs/time-zones.md.
export { type CivilDate, civilFromDays, DAY_MS, daysFromCivil, MINUTE_MS } from './civil'
export { formatLocalTime, isLocalTime, parseLocalTime } from './clock'
export {
  addDays,
  daysBetween,
  fromDayNumber,
  isLocalDate,
  isoWeekdayNumber,
  toDayNumber,
  weekdayOf,
} from './dates'
export type { TimeErrorCode } from './errors'
export { exactOffsetMinutesAt, isValidTimeZone, offsetMinutesAt } from './offset'
export { parseDateTimeInZone } from './parse'
export { expandRecurrence } from './recur/expand'
export {
  RECUR_FREQUENCIES,
  type RecurFrequency,
  type Recurrence,
  type RecurrenceBudget,
  type RecurrenceExpansion,
  type RecurWeekday,
} from './recur/types'
export { expandLocalRRule, type MinuteWindow } from './rrule'
export {
  type LocalRRule,
  type LocalRRuleFrequency,
  MAX_RRULE_INTERVAL,
  MAX_RRULE_LENGTH,
  parseLocalRRule,
} from './rrule-parse'
export { intlOffsetAt, type OffsetAt, type SpanEnd, spanBound, wallSpanBound } from './span'
export {
  assertTimeZone,
  formatOffset,
  formatUtc,
  formatZoned,
  type LocalTimeStatus,
  localDayRange,
  localToEpoch,
  type ResolvedLocalTime,
  resolveLocalTime,
  resolveWallClock,
  type ZonedParts,
  zonedParts,
} from './zoned'
