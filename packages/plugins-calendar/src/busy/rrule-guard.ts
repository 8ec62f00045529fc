import { calendarError } from '../errors'
import type { Recur } from './ical'

const UNIT_MS: Record<string, number> = {
  SECONDLY: 1_000,
  MINUTELY: 60_000,
  HOURLY: 3_600_000,
  DAILY: 86_400_000,
  WEEKLY: 604_800_000,
  MONTHLY: 2_419_200_000,
  YEARLY: 31_536_000_000,
}
const DAY_MS = 86_400_000
// Below MONTHLY, ical.js steps one unit at a time until a step passes every
// BY* filter; an impossible filter (BYMONTH=2;BYMONTHDAY=30) never ends, a
// sparse one (Feb 29, SECONDLY) takes years of steps. Scan the days first.
const STEPPED = new Set(['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY'])
// Days per step for the frequencies the day scan models.
const DAY_STEPS: Record<string, number | undefined> = { DAILY: 1, WEEKLY: 7 }
const DATE_PARTS = ['BYMONTH', 'BYMONTHDAY', 'BYYEARDAY', 'BYDAY'] as const
// 28 years repeat the weekday and leap-year pattern (within a century); two
// cycles leave room for the longest gap.
const SCAN_DAYS = 2 * 28 * 366
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA']

type Parts = Record<string, (string | number)[] | undefined>

function matches(values: (string | number)[] | undefined, value: number, count: number): boolean {
  if (!values) return true
  return values.some((v) => {
    const n = Number(v)
    return n === value || (n < 0 && count + n + 1 === value)
  })
}

function dayMatches(parts: Parts, ms: number): boolean {
  const d = new Date(ms)
  const year = d.getUTCFullYear()
  const month = d.getUTCMonth() + 1
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const daysInYear = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1 ? 366 : 365
  const yearDay = Math.round((ms - Date.UTC(year, 0, 1)) / DAY_MS) + 1
  const weekday = WEEKDAYS[d.getUTCDay()] ?? ''
  return (
    matches(parts.BYMONTH, month, 12) &&
    matches(parts.BYMONTHDAY, d.getUTCDate(), daysInMonth) &&
    matches(parts.BYYEARDAY, yearDay, daysInYear) &&
    // Ordinals (`1MO`) are not allowed below MONTHLY and ical.js never
    // matches them there, so only plain weekdays count.
    (!parts.BYDAY || parts.BYDAY.some((v) => String(v) === weekday))
  )
}

function timeSatisfiable(parts: Parts): boolean {
  const some = (values: (string | number)[] | undefined, max: number) =>
    !values || values.some((v) => Number(v) >= 0 && Number(v) <= max)
  return some(parts.BYHOUR, 23) && some(parts.BYMINUTE, 59) && some(parts.BYSECOND, 60)
}

// Longest each month can be, February in a leap year.
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Whether some listed month has some listed month day; ical.js searches years before giving up. */
function monthDaysFit(parts: Parts): boolean {
  if (!parts.BYMONTHDAY) return true
  const months = parts.BYMONTH?.map(Number) ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
  return months.some((m) =>
    parts.BYMONTHDAY?.some((d) => Math.abs(Number(d)) <= (MONTH_DAYS[m - 1] ?? 0)),
  )
}

/**
 * The longest run of steps (of `stepDays` days) without a matching day, in
 * steps; undefined when no step in the scan matches. A WEEKLY step matches
 * when any day of its week does.
 */
function longestGap(
  parts: Parts,
  startMs: number,
  stepDays: number,
  week: boolean,
): number | undefined {
  const first = Math.floor(startMs / DAY_MS) * DAY_MS
  const candidates = week && parts.BYDAY ? 7 : 1
  let last: number | undefined
  let gap = 0
  for (let k = 0; k * stepDays < SCAN_DAYS; k++) {
    const day = first + k * stepDays * DAY_MS
    let hit = false
    for (let c = 0; c < candidates && !hit; c++) hit = dayMatches(parts, day + c * DAY_MS)
    if (!hit) continue
    gap = Math.max(gap, last === undefined ? k : k - last)
    last = k
  }
  return last === undefined ? undefined : gap
}

/** What to do with one RRULE. */
export type RuleVerdict = 'expand' | 'never' | 'unsupported'

/**
 * Checks an RRULE before ical.js expands it, so hostile input cannot hang:
 * `never` when no date can match (the event is then just its DTSTART),
 * `unsupported` for rare forms ical.js cannot expand safely, and
 * an `ics/limit` error when reaching `untilMs` would take more than `budget`
 * iterator steps.
 */
export function checkRule(
  rule: Recur,
  startMs: number,
  untilMs: number,
  budget: number,
  uid: string,
): RuleVerdict {
  const freq = String(rule.freq)
  const unit = UNIT_MS[freq]
  if (unit === undefined) {
    throw calendarError(
      'ics/rrule',
      '',
      `event ${JSON.stringify(uid)} has an RRULE without a valid FREQ`,
    )
  }
  const parts = (rule.parts ?? {}) as Parts
  const interval = Math.max(1, Number(rule.interval) || 1)
  const filtered = Object.keys(parts).some((k) => (parts[k]?.length ?? 0) > 0)
  let gapSteps = 0
  if (STEPPED.has(freq) && filtered) {
    if (parts.BYWEEKNO) {
      throw calendarError(
        'ics/rrule',
        '',
        `event ${JSON.stringify(uid)}: BYWEEKNO is only allowed with FREQ=YEARLY`,
      )
    }
    // Below DAILY, ical.js steps until a step passes every filter, and the
    // interval's phase can keep it from ever doing so (HOURLY;INTERVAL=2;
    // BYHOUR=10 from 09:00); calendar apps do not write these, so such a
    // series counts as its first occurrence. So does BYSETPOS below MONTHLY,
    // which loops the same way when it picks past the end of a set.
    // BYDAY ordinals (`1TH`) are not allowed below MONTHLY and send ical.js
    // astray there, so they end the series the same way.
    const ordinal = parts.BYDAY?.some((v) => !WEEKDAYS.includes(String(v))) ?? false
    // With an INTERVAL, which days ical.js visits no longer follows the day
    // scan below; apps write INTERVAL with BYDAY on WEEKLY only.
    const phased =
      interval > 1 &&
      ((freq === 'DAILY' && DATE_PARTS.some((p) => parts[p])) ||
        (freq === 'WEEKLY' && parts.BYMONTH))
    if (!DAY_STEPS[freq] || parts.BYSETPOS || ordinal || phased) return 'unsupported'
    if (!timeSatisfiable(parts)) return 'never'
    const stepDays = (DAY_STEPS[freq] ?? 1) * interval
    const gap = longestGap(parts, startMs, stepDays, freq === 'WEEKLY')
    if (gap === undefined) return 'never'
    gapSteps = gap + 1
  }
  if (!STEPPED.has(freq) && !monthDaysFit(parts)) return 'never'
  let steps = Math.max(0, untilMs - startMs) / (unit * interval)
  // Without filters every step is an occurrence, so COUNT bounds the steps.
  if (!filtered && rule.count) steps = Math.min(steps, rule.count)
  if (steps + gapSteps > budget) {
    throw calendarError(
      'ics/limit',
      '',
      `event ${JSON.stringify(uid)} recurs too often to expand up to the window (about ${Math.ceil(
        steps + gapSteps,
      )} steps; the limit is ${budget})`,
    )
  }
  return 'expand'
}
