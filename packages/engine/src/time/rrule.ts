import type { LocalDate } from '../types/profile'
import { DAY_MS, MINUTE_MS } from './civil'
import { toDayNumber } from './dates'
import { fail } from './errors'
import { type DayFilter, dayPasses, weekdayIndex } from './recur/days'
import { expandRecurrence } from './recur/expand'
import { prepareRule } from './recur/prepare'
import { type LocalRRule, parseLocalRRule } from './rrule-parse'

/** A span of one local day in minutes since midnight: `[startMin, endMin)`, 0..1440. */
export interface MinuteWindow {
  /** First minute, inclusive. */
  startMin: number
  /** End minute, exclusive. */
  endMin: number
}

// Both memories are bounded and dropped whole when full: what they hold is a
// pure function of their keys, so forgetting costs time, never an answer.
const MAX_MEMO = 4096
const parsed = new Map<string, LocalRRule>()
const expanded = new Map<string, readonly number[]>()
const filters = new Map<string, DayFilter>()

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= MAX_MEMO) map.clear()
  map.set(key, value)
  return value
}

function parseOnce(rule: string): LocalRRule {
  return parsed.get(rule) ?? remember(parsed, rule, parseLocalRRule(rule))
}

function checkWindow(window: MinuteWindow): void {
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
}

/**
 * What of the day decides the result, given the rule and the window. Each
 * day is anchored at its window start, so a DAILY, HOURLY or MINUTELY rule
 * gives the same minutes on every day its day-level parts let through, and
 * so does a WEEKLY rule without BYSETPOS. WEEKLY with BYSETPOS picks from
 * the whole week, so the day's place in it and which days of that week
 * pass matter too. MONTHLY and YEARLY rules depend on the date itself.
 */
function daySignature(rule: LocalRRule, day: number, startMin: number): string {
  const { freq, recurrence } = rule
  if (freq === 'MONTHLY' || freq === 'YEARLY') return String(day)
  // Below MONTHLY the day-level parts default to nothing but (WEEKLY) the weekday.
  const filterKey = `${rule.rule} ${weekdayIndex(day)}`
  const filter =
    filters.get(filterKey) ??
    remember(
      filters,
      filterKey,
      prepareRule(recurrence, day * DAY_MS + startMin * MINUTE_MS).filter,
    )
  if (freq !== 'WEEKLY' || recurrence.bySetPos === undefined) {
    return dayPasses(filter, day) ? 'in' : 'out'
  }
  const place = (weekdayIndex(day) - filter.wkst + 7) % 7
  let passing = ''
  for (let i = 0; i < 7; i++) passing += dayPasses(filter, day - place + i) ? '1' : '0'
  return `${place}:${passing}`
}

/**
 * {@link expandLocalRRule} without its memory: expands the rule afresh.
 * The memory's property test compares the two.
 */
export function expandLocalRRuleOnce(
  rule: LocalRRule,
  day: number,
  window: MinuteWindow,
): number[] {
  const dayStart = day * DAY_MS
  const { times } = expandRecurrence(rule.recurrence, dayStart + window.startMin * MINUTE_MS, {
    from: dayStart + window.startMin * MINUTE_MS,
    to: dayStart + window.endMin * MINUTE_MS,
  })
  return times.map((t) => (t - dayStart) / MINUTE_MS)
}

/**
 * The local times (minutes since midnight, ascending) at which an RRULE fires
 * on `date` inside `window`.
 *
 * The rule is expanded in floating time (wall-clock readings, no zone), with
 * DTSTART at `date` and `window.startMin`. Parts the rule leaves out default
 * to DTSTART, so `FREQ=HOURLY` fires at the window start and every hour
 * after it, and `COUNT` counts from the window start of each day. On DST
 * days the wall-clock times are returned as they are (02:00 may fall in a
 * gap); resolve them with {@link resolveLocalTime}.
 *
 * @remarks Cheap to call for every day of a plan: a day is at most 1440
 * minutes, so one expansion visits at most one period of the rule (a year,
 * month, week or day) or the day's hours or minutes; and results are
 * remembered (bounded) by rule, window and what of the date matters, so a
 * DAILY or WEEKLY trigger is expanded once per window, not once per day.
 *
 * @example expandLocalRRule('FREQ=HOURLY;BYMINUTE=0', '2026-11-23', { startMin: 510, endMin: 1020 })
 * // [540, 600, ..., 960]: 09:00 to 16:00
 * @throws SnackplanError `rules/invalid-rrule` (or another code of
 * {@link parseLocalRRule}) for a bad rule, `time/invalid-date` or
 * `time/invalid-time` for a bad date or window.
 */
export function expandLocalRRule(
  rule: string | LocalRRule,
  date: LocalDate,
  window: MinuteWindow,
): number[] {
  const local = typeof rule === 'string' ? parseOnce(rule) : rule
  const day = toDayNumber(date)
  checkWindow(window)
  if (window.startMin === window.endMin) return []
  const key = `${local.rule} ${window.startMin} ${window.endMin} ${daySignature(local, day, window.startMin)}`
  const known = expanded.get(key)
  if (known) return [...known]
  return [...remember(expanded, key, Object.freeze(expandLocalRRuleOnce(local, day, window)))]
}
