import { civilFromDays, DAY_MS } from '../civil'
import { type DayFilter, weekdayIndex } from './days'
import type { RecurFrequency, Recurrence } from './types'

const HOUR_MS = 3_600_000
const MINUTE_MS = 60_000
const SECOND_MS = 1000

/** A rule with its defaults from the start applied and its lists cleaned. */
export interface PreparedRule {
  readonly freq: RecurFrequency
  readonly interval: number
  readonly count: number | undefined
  readonly until: number | undefined
  readonly filter: DayFilter
  /**
   * Offsets in ms of each period's date-times, ascending: within the day for
   * DAILY and coarser, within the hour, minute or second below that.
   */
  readonly times: readonly number[]
  /** Sub-daily filters: a period whose hour, minute or second is not listed is skipped. */
  readonly hours?: ReadonlySet<number>
  readonly minutes?: ReadonlySet<number>
  readonly seconds?: ReadonlySet<number>
  readonly setPos?: readonly number[]
}

// Out-of-range items can never match; keeping the list (possibly empty)
// keeps its meaning "only these", so a rule of only bad items matches nothing.
function clean(list: readonly number[] | undefined, min: number, max: number, signed = false) {
  if (list === undefined) return undefined
  const ok = list.filter(
    (n) => Number.isInteger(n) && Math.abs(n) >= min && Math.abs(n) <= max && (signed || n >= 0),
  )
  return [...new Set(ok)].sort((a, b) => a - b)
}

function product(...lists: (readonly number[])[]): number[] {
  let out = [0]
  for (const list of lists) out = out.flatMap((base) => list.map((v) => base + v))
  return [...new Set(out)].sort((a, b) => a - b)
}

const isCoarse = (freq: RecurFrequency) =>
  freq === 'YEARLY' || freq === 'MONTHLY' || freq === 'WEEKLY' || freq === 'DAILY'

/**
 * Applies RFC 5545's defaults the way python-dateutil (and so rrule.js)
 * does: with no day-level part, YEARLY takes the start's month and day,
 * MONTHLY its day, WEEKLY its weekday; time parts coarser than FREQ take
 * the start's hour, minute and second.
 */
export function prepareRule(rule: Recurrence, start: number): PreparedRule {
  const { freq } = rule
  const startDay = Math.floor(start / DAY_MS)
  const ofDay = start - startDay * DAY_MS
  const hour = Math.floor(ofDay / HOUR_MS)
  const minute = Math.floor(ofDay / MINUTE_MS) % 60
  const second = Math.floor(ofDay / SECOND_MS) % 60
  const date = civilFromDays(startDay)
  const noDayParts = !rule.byWeekNo && !rule.byYearDay && !rule.byMonthDay && !rule.byDay
  const coarse = isCoarse(freq)

  const months =
    clean(rule.byMonth, 1, 12) ?? (freq === 'YEARLY' && noDayParts ? [date.month] : undefined)
  const monthDays =
    clean(rule.byMonthDay, 1, 31, true) ??
    (noDayParts && (freq === 'YEARLY' || freq === 'MONTHLY') ? [date.day] : undefined)
  const byDay =
    rule.byDay ??
    (noDayParts && freq === 'WEEKLY' ? [{ weekday: weekdayIndex(startDay), nth: 0 }] : undefined)
  // Numbered weekdays mean something only in a month or a year; below that
  // they count as the plain weekday (RFC 5545 forbids them there).
  const numbered = freq === 'MONTHLY' || freq === 'YEARLY'
  const validDay = (d: { weekday: number }) =>
    Number.isInteger(d.weekday) && d.weekday >= 0 && d.weekday <= 6
  const plain = byDay?.filter((d) => validDay(d) && (d.nth === 0 || !numbered))
  const nth = byDay?.filter(
    (d) =>
      validDay(d) && numbered && Number.isInteger(d.nth) && d.nth !== 0 && Math.abs(d.nth) <= 53,
  )
  const wkst = rule.wkst !== undefined && rule.wkst >= 0 && rule.wkst <= 6 ? rule.wkst : 0

  const filter: DayFilter = {
    freq,
    wkst,
    ...(months && { months: new Set(months) }),
    ...(rule.byWeekNo && { weekNos: clean(rule.byWeekNo, 1, 53, true) }),
    ...(rule.byYearDay && { yearDays: clean(rule.byYearDay, 1, 366, true) }),
    ...(monthDays && { monthDays }),
    ...(plain && { weekdays: new Set(plain.map((d) => d.weekday)) }),
    ...(nth && nth.length > 0 && { nth }),
  }

  const hours = clean(rule.byHour, 0, 23) ?? (coarse ? [hour] : undefined)
  const minutes =
    clean(rule.byMinute, 0, 59) ?? (coarse || freq === 'HOURLY' ? [minute] : undefined)
  const seconds = clean(rule.bySecond, 0, 59) ?? (freq === 'SECONDLY' ? undefined : [second])
  const scale = (list: readonly number[] | undefined, unit: number) =>
    (list ?? [0]).map((v) => v * unit)
  const times = coarse
    ? product(scale(hours, HOUR_MS), scale(minutes, MINUTE_MS), scale(seconds, SECOND_MS))
    : freq === 'HOURLY'
      ? product(scale(minutes, MINUTE_MS), scale(seconds, SECOND_MS))
      : freq === 'MINUTELY'
        ? product(scale(seconds, SECOND_MS))
        : [0]

  const interval =
    rule.interval !== undefined && Number.isFinite(rule.interval) && rule.interval >= 1
      ? Math.floor(rule.interval)
      : 1
  const count =
    rule.count !== undefined && Number.isFinite(rule.count)
      ? Math.max(0, Math.floor(rule.count))
      : undefined
  const setPos = clean(rule.bySetPos, 1, 366, true)
  return {
    freq,
    interval,
    count,
    until: rule.until,
    filter,
    times,
    ...(!coarse && hours && { hours: new Set(hours) }),
    ...((freq === 'MINUTELY' || freq === 'SECONDLY') && minutes && { minutes: new Set(minutes) }),
    ...(freq === 'SECONDLY' && seconds && { seconds: new Set(seconds) }),
    ...(setPos && { setPos }),
  }
}
