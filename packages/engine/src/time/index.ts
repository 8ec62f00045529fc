// Time zones, local dates/times and floating-time recurrences for the planner.
// Policy for DST gaps and repeats: docs/time-zones.md.
export { DAY_MS, MINUTE_MS } from './civil'
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
export { expandLocalRRule, type MinuteWindow } from './rrule'
export { type LocalRRule, type LocalRRuleFrequency, parseLocalRRule } from './rrule-parse'
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
