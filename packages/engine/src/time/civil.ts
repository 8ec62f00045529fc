// Proleptic Gregorian calendar arithmetic on plain integers (H. Hinnant's
// days_from_civil / civil_from_days). No `Date` is involved, so nothing here
// can pick up the host's time zone, and years 1-99 are not remapped to 19xx
// the way `Date.UTC` does.

/** Milliseconds in one day. */
export const DAY_MS = 86_400_000
/** Milliseconds in one minute. */
export const MINUTE_MS = 60_000

/** A calendar date split into numbers; `month` is 1-12. */
export interface CivilDate {
  /** The year, proleptic Gregorian (0 is 1 BC). */
  year: number
  /** The month, 1-12. */
  month: number
  /** The day of the month, 1-31. */
  day: number
}

/**
 * Days since 1970-01-01 for a proleptic Gregorian date. Expects whole
 * numbers, a month of 1-12 and a day of the month; it checks nothing, so a
 * date out of range gives a day number that is not that date.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

/**
 * The proleptic Gregorian date of a day number (whole days since
 * 1970-01-01). Checks nothing: a fraction or a non-finite number gives no
 * real date.
 */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/** Days in a month of a proleptic Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Zero-pads a non-negative integer. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}
