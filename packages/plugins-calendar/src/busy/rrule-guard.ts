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
    // Ordinals (`1MO`) do not belong below MONTHLY; the weekday decides.
    (!parts.BYDAY || parts.BYDAY.some((v) => String(v).replace(/^[+-]?\d*/, '') === weekday))
  )
}

function timeSatisfiable(parts: Parts): boolean {
  const some = (values: (string | number)[] | undefined, max: number) =>
    !values || values.some((v) => Number(v) >= 0 && Number(v) <= max)
  return some(parts.BYHOUR, 23) && some(parts.BYMINUTE, 59) && some(parts.BYSECOND, 60)
}

/** The longest run of days without a match, in days; undefined when nothing matches. */
function longestGap(parts: Parts, startMs: number): number | undefined {
  const first = Math.floor(startMs / DAY_MS) * DAY_MS
  let last: number | undefined
  let gap = 0
  for (let i = 0; i < SCAN_DAYS; i++) {
    const day = first + i * DAY_MS
    if (!dayMatches(parts, day)) continue
    gap = Math.max(gap, last === undefined ? i : i - last)
    last = i
  }
  return last === undefined ? undefined : gap
}

/** What to do with one RRULE. */
export type RuleVerdict = 'expand' | 'never'

/**
 * Checks an RRULE before ical.js expands it, so hostile input cannot hang:
 * `never` when no date can match (the event is then just its DTSTART), and
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
    if (!timeSatisfiable(parts)) return 'never'
    if (DATE_PARTS.some((p) => parts[p])) {
      const gap = longestGap(parts, startMs)
      if (gap === undefined) return 'never'
      gapSteps = ((gap + 1) * DAY_MS) / (unit * interval)
    } else {
      gapSteps = DAY_MS / (unit * interval)
    }
  }
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
