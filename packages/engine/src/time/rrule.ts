import type { Options } from 'rrule'
import type { LocalDate } from '../types/profile'
import { civilFromDays, DAY_MS, daysFromCivil, daysInMonth, MINUTE_MS } from './civil'
import { toDayNumber } from './dates'
import { fail } from './errors'
import { RRule } from './rrule-module'
import { type LocalRRule, parseLocalRRule } from './rrule-parse'

/** A span of one local day in minutes since midnight: `[startMin, endMin)`, 0..1440. */
export interface MinuteWindow {
  /** First minute, inclusive. */
  startMin: number
  /** End minute, exclusive. */
  endMin: number
}

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']
// For FREQ >= DAILY only the period holding the day matters. An interval that
// puts the next period past year 9999 makes rrule stop after that one period,
// instead of searching millennia for a day that can never match (FREQ=DAILY;
// BYMONTH=2;BYMONTHDAY=30 otherwise takes seconds).
const ONE_PERIOD_INTERVAL: Record<string, number> = {
  YEARLY: 10_000,
  MONTHLY: 120_000,
  WEEKLY: 530_000,
  DAILY: 3_700_000,
}
const parsedOptions = new Map<string, Partial<Options>>()

function baseOptions(rule: LocalRRule): Partial<Options> {
  let options = parsedOptions.get(rule.rule)
  if (!options) {
    options = RRule.parseString(rule.rule)
    if (parsedOptions.size >= 256) parsedOptions.clear()
    parsedOptions.set(rule.rule, options)
  }
  return options
}

function matchesSigned(list: string | undefined, value: number, length: number): boolean {
  if (list === undefined) return true
  return list.split(',').some((item) => {
    const n = Number(item)
    return n > 0 ? n === value : length + 1 + n === value
  })
}

// HOURLY/MINUTELY rules whose day parts never match would send rrule searching
// to year 9999 minute by minute; deciding the day here first avoids that. With
// these frequencies only plain BYMONTH/BYYEARDAY/BYMONTHDAY/BYDAY select days.
function dayMatches(rule: LocalRRule, day: number): boolean {
  const { year, month, day: dom } = civilFromDays(day)
  const yearLength = daysFromCivil(year + 1, 1, 1) - daysFromCivil(year, 1, 1)
  const { BYMONTH, BYYEARDAY, BYMONTHDAY, BYDAY } = rule.parts
  return (
    (BYMONTH === undefined || BYMONTH.split(',').map(Number).includes(month)) &&
    matchesSigned(BYYEARDAY, day - daysFromCivil(year, 1, 1) + 1, yearLength) &&
    matchesSigned(BYMONTHDAY, dom, daysInMonth(year, month)) &&
    (BYDAY === undefined ||
      BYDAY.split(',').includes(WEEKDAY_CODES[(((day + 3) % 7) + 7) % 7] ?? ''))
  )
}

/**
 * The local times (minutes since midnight, ascending) at which an RRULE fires
 * on `date` inside `window`.
 *
 * The rule is expanded by rrule in floating time: wall-clock times stand in
 * UTC `Date` fields, DTSTART is `date` at `window.startMin`, and no TZID is set
 * (rrule's TZID handling depends on the host zone). Parts the rule leaves out
 * default to DTSTART, so `FREQ=HOURLY` fires at the window start and every
 * hour after it, and `COUNT` counts from the window start of each day. On DST
 * days the wall-clock times are returned as they are (02:00 may fall in a
 * gap); resolve them with {@link resolveLocalTime}. Minute resolution bounds
 * the result at 1440 entries.
 *
 * @example expandLocalRRule('FREQ=HOURLY;BYMINUTE=0', '2026-11-23', { startMin: 510, endMin: 1020 })
 * // [540, 600, ..., 960]: 09:00 to 16:00
 * @throws SnackplanError `rules/invalid-rrule` for a bad rule, `time/invalid-date`
 * or `time/invalid-time` for a bad date or window.
 */
export function expandLocalRRule(
  rule: string | LocalRRule,
  date: LocalDate,
  window: MinuteWindow,
): number[] {
  const parsed = typeof rule === 'string' ? parseLocalRRule(rule) : rule
  const day = toDayNumber(date)
  const { startMin, endMin } = window ?? {}
  if (
    !Number.isInteger(startMin) ||
    !Number.isInteger(endMin) ||
    startMin < 0 ||
    startMin > endMin ||
    endMin > 1440
  ) {
    fail(
      'time/invalid-time',
      `window must satisfy 0 <= startMin <= endMin <= 1440 (whole minutes), got ${JSON.stringify(window)}`,
    )
  }
  if (startMin === endMin) return []
  const subDaily = parsed.freq === 'HOURLY' || parsed.freq === 'MINUTELY'
  if (subDaily && !dayMatches(parsed, day)) return []
  const dayStart = day * DAY_MS
  const dtstart = new Date(dayStart + startMin * MINUTE_MS)
  const options: Partial<Options> = { ...baseOptions(parsed), dtstart, tzid: null }
  const onePeriod = ONE_PERIOD_INTERVAL[parsed.freq]
  if (onePeriod !== undefined) options.interval = onePeriod
  const last = new Date(dayStart + endMin * MINUTE_MS - 1)
  const minutes = new RRule(options)
    .between(dtstart, last, true)
    .map((d) => (d.getTime() - dayStart) / MINUTE_MS)
  return [
    ...new Set(minutes.filter((m) => Number.isInteger(m) && m >= startMin && m < endMin)),
  ].sort((a, b) => a - b)
}
