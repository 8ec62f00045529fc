import { civilFromDays, DAY_MS, daysFromCivil, daysInMonth } from '../civil'
import { dayPasses, nthDays, weekdayIndex } from './days'
import { type PreparedRule, prepareRule } from './prepare'
import type { Recurrence, RecurrenceBudget, RecurrenceExpansion } from './types'

// Series end at 9999-12-31, the last day RFC 5545 can write.
const LAST_DAY = daysFromCivil(9999, 12, 31)
const UNIT_MS = { HOURLY: 3_600_000, MINUTELY: 60_000, SECONDLY: 1000 } as const

const GO = 0
const DONE = 1
const SPENT = 2
type Step = typeof GO | typeof DONE | typeof SPENT

/** Inclusive day ranges a period's occurrences may fall on, ascending. */
type Ranges = [number, number][]

interface Run {
  readonly rule: PreparedRule
  readonly start: number
  readonly from: number
  readonly to: number
  readonly budget: RecurrenceBudget
  readonly out: number[]
  seen: number
}

function spend(budget: RecurrenceBudget): boolean {
  if (budget.left <= 0) return false
  budget.left--
  return true
}

/** Takes one date-time of the set, in ascending order. */
function offer(run: Run, t: number): Step {
  const { rule } = run
  if (t < run.start) return GO
  if (rule.until !== undefined && t > rule.until) return DONE
  if (rule.count !== undefined && run.seen >= rule.count) return DONE
  if (t >= run.to) return DONE
  if (!spend(run.budget)) return SPENT
  run.seen++
  if (t >= run.from) run.out.push(t)
  return GO
}

/** Offers the `positions` (BYSETPOS) of a set of `size` items, item `i` being `at(i)`. */
function offerPositions(run: Run, size: number, at: (i: number) => number): Step {
  const picked = new Set<number>()
  for (const pos of run.rule.setPos ?? []) {
    const i = pos > 0 ? pos - 1 : size + pos
    if (i >= 0 && i < size) picked.add(i)
  }
  for (const i of [...picked].sort((a, b) => a - b)) {
    const step = offer(run, at(i))
    if (step !== GO) return step
  }
  return GO
}

/** First period `k >= 0` of length `length` (starting every `step` from `first`) that ends after `from`. */
function firstReaching(from: number, first: number, step: number, length: number): number {
  return Math.max(0, Math.floor((from - length - first) / step) + 1)
}

function coarsePeriod(rule: PreparedRule, startDay: number, k: number): Ranges | undefined {
  const { year, month } = civilFromDays(startDay)
  switch (rule.freq) {
    case 'YEARLY': {
      const y = year + k * rule.interval
      if (y > 9999) return undefined
      const f = rule.filter
      // With BYMONTH and no week or year-day parts, only those months can match.
      if (f.months && !f.weekNos && !f.yearDays) {
        return [...f.months]
          .sort((a, b) => a - b)
          .map((m) => [daysFromCivil(y, m, 1), daysFromCivil(y, m, daysInMonth(y, m))])
      }
      return [[daysFromCivil(y, 1, 1), daysFromCivil(y, 12, 31)]]
    }
    case 'MONTHLY': {
      const index = year * 12 + month - 1 + k * rule.interval
      const y = Math.floor(index / 12)
      const m = index - y * 12 + 1
      if (y > 9999) return undefined
      return [[daysFromCivil(y, m, 1), daysFromCivil(y, m, daysInMonth(y, m))]]
    }
    case 'WEEKLY': {
      const first =
        startDay - ((weekdayIndex(startDay) - rule.filter.wkst + 7) % 7) + 7 * k * rule.interval
      return first > LAST_DAY ? undefined : [[first, first + 6]]
    }
    default: {
      const day = startDay + k * rule.interval
      return day > LAST_DAY ? undefined : [[day, day]]
    }
  }
}

function firstCoarsePeriod(rule: PreparedRule, startDay: number, from: number): number {
  const start = civilFromDays(startDay)
  const at = civilFromDays(Math.floor(from / DAY_MS))
  switch (rule.freq) {
    case 'YEARLY':
      return Math.max(0, Math.ceil((at.year - start.year) / rule.interval))
    case 'MONTHLY': {
      const months = at.year * 12 + at.month - (start.year * 12 + start.month)
      return Math.max(0, Math.ceil(months / rule.interval))
    }
    case 'WEEKLY': {
      const first = startDay - ((weekdayIndex(startDay) - rule.filter.wkst + 7) % 7)
      return firstReaching(from, first * DAY_MS, 7 * DAY_MS * rule.interval, 7 * DAY_MS)
    }
    default:
      return firstReaching(from, startDay * DAY_MS, DAY_MS * rule.interval, DAY_MS)
  }
}

function expandCoarse(run: Run): Step {
  const { rule, budget } = run
  const startDay = Math.floor(run.start / DAY_MS)
  // Without COUNT nothing before `from` matters, so far-back starts cost nothing.
  let k = rule.count === undefined ? firstCoarsePeriod(rule, startDay, run.from) : 0
  // Days wholly before this cannot give an occurrence that counts or shows.
  const low = Math.floor(Math.max(run.start, rule.count === undefined ? run.from : 0) / DAY_MS)
  for (; ; k++) {
    const ranges = coarsePeriod(rule, startDay, k)
    const first = ranges?.[0]?.[0]
    if (!ranges || first === undefined) return DONE
    if (first * DAY_MS >= run.to || (rule.until !== undefined && first * DAY_MS > rule.until)) {
      return DONE
    }
    if (!spend(budget)) return SPENT
    const { year, month } = civilFromDays(first)
    const picked = rule.filter.nth ? nthDays(rule.filter, year, month) : undefined
    const days: number[] = []
    for (const [a, b] of ranges) {
      // BYSETPOS counts every day of the period, so only then scan them all.
      for (let d = rule.setPos ? a : Math.max(a, low); d <= b; d++) {
        if (d * DAY_MS >= run.to && !rule.setPos) break
        if (dayPasses(rule.filter, d, picked)) days.push(d)
      }
    }
    const { times } = rule
    const step = rule.setPos
      ? offerPositions(run, days.length * times.length, (i) => {
          const d = days[Math.floor(i / times.length)] ?? 0
          return d * DAY_MS + (times[i % times.length] ?? 0)
        })
      : offerAll(run, days, times)
    if (step !== GO) return step
  }
}

/** Offers `base + t` for each offset `t`, in order. */
function offerEach(run: Run, times: readonly number[], base: number): Step {
  for (const t of times) {
    const step = offer(run, base + t)
    if (step !== GO) return step
  }
  return GO
}

function offerAll(run: Run, days: readonly number[], times: readonly number[]): Step {
  for (const d of days) {
    const step = offerEach(run, times, d * DAY_MS)
    if (step !== GO) return step
  }
  return GO
}

function expandSubDaily(run: Run, unit: number): Step {
  const { rule, budget } = run
  const perDay = DAY_MS / unit
  const p0 = Math.floor(run.start / unit)
  const I = rule.interval
  let k = rule.count === undefined ? firstReaching(run.from, p0 * unit, unit * I, unit) : 0
  // The first period at or after `target` (a period index), past `k`.
  const skipTo = (target: number) => k + Math.max(1, Math.ceil((target - (p0 + k * I)) / I))
  for (;;) {
    const p = p0 + k * I
    const at = p * unit
    const day = Math.floor(p / perDay)
    if (at >= run.to || day > LAST_DAY || (rule.until !== undefined && at > rule.until)) {
      return DONE
    }
    if (!spend(budget)) return SPENT
    if (!dayPasses(rule.filter, day)) {
      k = skipTo((day + 1) * perDay)
      continue
    }
    const ofDay = at - day * DAY_MS
    const hour = Math.floor(ofDay / 3_600_000)
    const minute = Math.floor(ofDay / 60_000) % 60
    if (rule.hours && !rule.hours.has(hour)) {
      k = unit < 3_600_000 ? skipTo(((day * 24 + hour + 1) * 3_600_000) / unit) : k + 1
      continue
    }
    if (rule.minutes && !rule.minutes.has(minute)) {
      k = unit < 60_000 ? skipTo(((day * 1440 + hour * 60 + minute + 1) * 60_000) / unit) : k + 1
      continue
    }
    if (rule.seconds && !rule.seconds.has(Math.floor(ofDay / 1000) % 60)) {
      k++
      continue
    }
    const { times } = rule
    const step = rule.setPos
      ? offerPositions(run, times.length, (i) => at + (times[i] ?? 0))
      : offerEach(run, times, at)
    if (step !== GO) return step
    k++
  }
}

/**
 * Expands an RFC 5545 recurrence rule from `start` into its occurrences in
 * `[range.from, range.to)`, all as wall-clock milliseconds (whole seconds).
 *
 * @remarks The work is bounded three ways: periods wholly before `from` are
 * skipped in one step unless COUNT makes them count; days, hours and minutes
 * that a BYxxx part rules out are skipped a whole unit at a time; and each
 * period visited and each date-time examined spends one step of `budget`.
 * When the budget runs out, the result says so (`complete: false`) instead
 * of running on. Nothing here reads a clock, a zone or random state.
 *
 * Semantics follow RFC 5545 3.3.10 with python-dateutil's defaults (see
 * {@link Recurrence}); `start` is an occurrence only when the rule produces
 * it (a caller that wants RFC 5545's "DTSTART always counts" adds it).
 * BYDAY items are a union: `MO,1TU` is every Monday and the first Tuesday.
 *
 * @example
 * expandRecurrence({ freq: 'YEARLY' }, Date.UTC(2024, 1, 29, 9), {
 *   from: Date.UTC(2024, 0, 1), to: Date.UTC(2033, 0, 1),
 * }).times.map((t) => new Date(t).toISOString().slice(0, 10))
 * // ['2024-02-29', '2028-02-29', '2032-02-29']: no Feb 29, no occurrence
 */
export function expandRecurrence(
  rule: Recurrence,
  start: number,
  range: { from: number; to: number },
  budget: RecurrenceBudget = { left: Number.POSITIVE_INFINITY },
): RecurrenceExpansion {
  const whole = Math.floor(start / 1000) * 1000
  // Nothing comes before the start, so an unbounded (or NaN) `from` is the start.
  // biome-ignore lint/complexity/useMathMinMax: Math.max would keep a NaN
  const from = range.from > whole ? range.from : whole
  if (!(range.to > from)) return { times: [], complete: true }
  const run: Run = {
    rule: prepareRule(rule, whole),
    start: whole,
    from,
    to: range.to,
    budget,
    out: [],
    seen: 0,
  }
  const subDaily = UNIT_MS[rule.freq as keyof typeof UNIT_MS]
  const step = subDaily === undefined ? expandCoarse(run) : expandSubDaily(run, subDaily)
  return { times: run.out, complete: step !== SPENT }
}
