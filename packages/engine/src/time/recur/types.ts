/** RFC 5545 recurrence frequencies, coarsest first. */
export const RECUR_FREQUENCIES = [
  'YEARLY',
  'MONTHLY',
  'WEEKLY',
  'DAILY',
  'HOURLY',
  'MINUTELY',
  'SECONDLY',
] as const

/** An RFC 5545 `FREQ` value. */
export type RecurFrequency = (typeof RECUR_FREQUENCIES)[number]

/** One `BYDAY` item: `MO` is `{ weekday: 0, nth: 0 }`, `-1FR` is `{ weekday: 4, nth: -1 }`. */
export interface RecurWeekday {
  /** 0 = Monday ... 6 = Sunday. */
  readonly weekday: number
  /** 0 for every such weekday, else its position in the month or year (negative from the end). */
  readonly nth: number
}

/**
 * A recurrence rule as numbers, ready for {@link expandRecurrence}. Times
 * are wall-clock readings stored as UTC milliseconds ("floating" time): the
 * caller converts to and from real instants.
 */
export interface Recurrence {
  /** `FREQ`. */
  readonly freq: RecurFrequency
  /** `INTERVAL`, default 1. Values past year 9999 simply end the series. */
  readonly interval?: number
  /** `COUNT`: most occurrences, counted from the start. 0 gives none. */
  readonly count?: number
  /** `UNTIL` as wall-clock milliseconds, inclusive. */
  readonly until?: number
  /** `BYMONTH`, 1-12. */
  readonly byMonth?: readonly number[]
  /** `BYWEEKNO`, ±1-53, weeks starting on `wkst` (week 1 holds at least four days of the year). */
  readonly byWeekNo?: readonly number[]
  /** `BYYEARDAY`, ±1-366. */
  readonly byYearDay?: readonly number[]
  /** `BYMONTHDAY`, ±1-31. */
  readonly byMonthDay?: readonly number[]
  /** `BYDAY`; numbered items count within the month (MONTHLY, YEARLY with BYMONTH) or the year. */
  readonly byDay?: readonly RecurWeekday[]
  /** `BYHOUR`, 0-23. */
  readonly byHour?: readonly number[]
  /** `BYMINUTE`, 0-59. */
  readonly byMinute?: readonly number[]
  /** `BYSECOND`, 0-59 (a leap second 60 never matches). */
  readonly bySecond?: readonly number[]
  /** `BYSETPOS`, ±1-366: picks from each period's set. */
  readonly bySetPos?: readonly number[]
  /** `WKST`, 0 = Monday (the default) ... 6 = Sunday. */
  readonly wkst?: number
}

/**
 * Work an expansion may still do, counted down: one per period visited
 * (a year, a month, ... a second) and one per date-time examined at or
 * after the start. Shared by several expansions, it bounds them together.
 */
export interface RecurrenceBudget {
  /** Steps left. */
  left: number
}

/** What an expansion found. */
export interface RecurrenceExpansion {
  /** Occurrences in `[from, to)`, ascending, as wall-clock milliseconds. */
  times: number[]
  /** False when the budget ran out first: `times` is then only a prefix. */
  complete: boolean
}
