import { civilFromDays, daysFromCivil, daysInMonth } from '../civil'
import type { RecurFrequency, RecurWeekday } from './types'

/** 0 = Monday ... 6 = Sunday for a day number (days since 1970-01-01, a Thursday). */
export function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7
}

const yearLength = (year: number) => daysFromCivil(year + 1, 1, 1) - daysFromCivil(year, 1, 1)

/** Matches a signed list item: `n > 0` counts from 1, `n < 0` from the end of `length`. */
function signedHit(list: readonly number[], value: number, length: number): boolean {
  for (const n of list) if (n > 0 ? n === value : length + 1 + n === value) return true
  return false
}

/** First day of week 1 of `year`: the week (from `wkst`) holding January 4. */
function firstWeekStart(year: number, wkst: number): number {
  const jan4 = daysFromCivil(year, 1, 4)
  return jan4 - ((weekdayIndex(jan4) - wkst + 7) % 7)
}

/** Whether the week holding `day` has a number in `weekNos` (RFC 5545 BYWEEKNO). */
function weekNoHit(weekNos: readonly number[], day: number, wkst: number): boolean {
  const start = day - ((weekdayIndex(day) - wkst + 7) % 7)
  // A week belongs to the year that holds at least four of its days.
  const weekYear = civilFromDays(start + 3).year
  const first = firstWeekStart(weekYear, wkst)
  const weeks = (firstWeekStart(weekYear + 1, wkst) - first) / 7
  return signedHit(weekNos, (start - first) / 7 + 1, weeks)
}

/** The day-level parts of a rule, with RFC 5545 defaults from the start already applied. */
export interface DayFilter {
  readonly freq: RecurFrequency
  readonly wkst: number
  readonly months?: ReadonlySet<number>
  readonly weekNos?: readonly number[]
  readonly yearDays?: readonly number[]
  readonly monthDays?: readonly number[]
  /** Weekdays that match anywhere (numbered items below MONTHLY count as plain). */
  readonly weekdays?: ReadonlySet<number>
  /** Numbered weekdays (MONTHLY and YEARLY only). */
  readonly nth?: readonly RecurWeekday[]
}

/**
 * Days that numbered weekdays pick in a period: within the month for
 * MONTHLY, within each BYMONTH month for YEARLY with BYMONTH, else within
 * the year.
 */
export function nthDays(filter: DayFilter, year: number, month: number): Set<number> {
  const out = new Set<number>()
  if (!filter.nth) return out
  const ranges: [number, number][] = []
  const monthRange = (m: number): [number, number] => [
    daysFromCivil(year, m, 1),
    daysFromCivil(year, m, daysInMonth(year, m)),
  ]
  if (filter.freq === 'MONTHLY') ranges.push(monthRange(month))
  else if (filter.months) for (const m of filter.months) ranges.push(monthRange(m))
  else ranges.push([daysFromCivil(year, 1, 1), daysFromCivil(year, 12, 31)])
  for (const [first, last] of ranges) {
    for (const { weekday, nth } of filter.nth) {
      const day =
        nth > 0
          ? first + (nth - 1) * 7 + ((weekday - weekdayIndex(first) + 7) % 7)
          : last + (nth + 1) * 7 - ((weekdayIndex(last) - weekday + 7) % 7)
      if (day >= first && day <= last) out.add(day)
    }
  }
  return out
}

/**
 * Whether `day` passes every day-level part. `picked` holds the period's
 * numbered-weekday days; a day passes BYDAY when its weekday is listed plain
 * or it is one of those (RFC 5545: the items are a union).
 */
export function dayPasses(filter: DayFilter, day: number, picked?: ReadonlySet<number>): boolean {
  const { year, month, day: dom } = civilFromDays(day)
  if (filter.months && !filter.months.has(month)) return false
  if (filter.weekNos && !weekNoHit(filter.weekNos, day, filter.wkst)) return false
  if (
    filter.yearDays &&
    !signedHit(filter.yearDays, day - daysFromCivil(year, 1, 1) + 1, yearLength(year))
  ) {
    return false
  }
  if (filter.monthDays && !signedHit(filter.monthDays, dom, daysInMonth(year, month))) return false
  if (filter.weekdays || filter.nth) {
    return (filter.weekdays?.has(weekdayIndex(day)) ?? false) || (picked?.has(day) ?? false)
  }
  return true
}
