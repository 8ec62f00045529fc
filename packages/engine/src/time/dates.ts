import { type LocalDate, WEEKDAYS, type Weekday } from '../types/profile'
import { civilFromDays, daysFromCivil, daysInMonth, pad } from './civil'
import { fail } from './errors'

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
// Day numbers of 0001-01-01 and 9999-12-31: the range `YYYY-MM-DD` can spell.
const MIN_DAY = daysFromCivil(1, 1, 1)
const MAX_DAY = daysFromCivil(9999, 12, 31)

/**
 * True for a real calendar date written `YYYY-MM-DD` (years 0001-9999,
 * proleptic Gregorian), e.g. `2028-02-29` but not `2026-02-29` or `2026-2-1`.
 */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false
  const m = DATE_RE.exec(value)
  if (!m) return false
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/**
 * Days since 1970-01-01 of a local date (negative before it).
 *
 * @throws SnackplanError `time/invalid-date` when `date` is not a valid `YYYY-MM-DD`.
 */
export function toDayNumber(date: LocalDate, path = ''): number {
  const known = dayNumbers.get(date)
  if (known !== undefined) return known
  if (!isLocalDate(date)) {
    fail(
      'time/invalid-date',
      `expected a calendar date YYYY-MM-DD, got ${JSON.stringify(date)}`,
      path,
    )
  }
  const days = daysFromCivil(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)),
    Number(date.slice(8, 10)),
  )
  if (dayNumbers.size >= MAX_REMEMBERED) dayNumbers.clear()
  dayNumbers.set(date, days)
  return days
}

// A plan reads the same few dates many times over (weekdays, program days,
// instants): valid dates and their day numbers are remembered, boundedly.
const dayNumbers = new Map<string, number>()
const MAX_REMEMBERED = 4096

/**
 * The local date of a day number (days since 1970-01-01); inverse of {@link toDayNumber}.
 *
 * @throws SnackplanError `time/invalid-date` outside 0001-01-01..9999-12-31.
 */
export function fromDayNumber(days: number): LocalDate {
  if (!Number.isInteger(days) || days < MIN_DAY || days > MAX_DAY) {
    fail('time/invalid-date', `day number ${days} is outside 0001-01-01..9999-12-31`)
  }
  const { year, month, day } = civilFromDays(days)
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

/**
 * The date `n` calendar days after `date` (before it when `n` is negative).
 * Pure calendar arithmetic: a DST change never makes a day "shorter" here.
 *
 * @example addDays('2026-12-31', 1) === '2027-01-01'
 */
export function addDays(date: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n))
    fail('time/invalid-date', `addDays needs a whole number of days, got ${n}`)
  return fromDayNumber(toDayNumber(date) + n)
}

/**
 * Calendar days from `a` to `b`: positive when `b` is later.
 *
 * @example daysBetween('2026-11-23', '2026-11-29') === 6
 */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toDayNumber(b) - toDayNumber(a)
}

/**
 * ISO 8601 weekday number of a date: 1 = Monday ... 7 = Sunday.
 *
 * @example isoWeekdayNumber('2026-11-23') === 1
 */
export function isoWeekdayNumber(date: LocalDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1
}

/**
 * The weekday key of a date, as used in `profile.days` (`'mon'` ... `'sun'`).
 *
 * @example weekdayOf('2026-11-29') === 'sun'
 */
export function weekdayOf(date: LocalDate): Weekday {
  return WEEKDAYS[isoWeekdayNumber(date) - 1] as Weekday
}
