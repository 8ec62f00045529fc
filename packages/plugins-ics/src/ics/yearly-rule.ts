import type { Transition } from './transitions'

/** How a run of yearly transitions picks its day, as an RRULE can say it. */
export type DayRule =
  | { kind: 'nth'; month: number; weekday: number; nth: number }
  | { kind: 'window'; month: number; weekday: number; first: number }
  | { kind: 'date'; month: number; day: number }

/** A yearly rule for one observance, with its optional end (UTC epoch ms). */
export interface YearlyRule {
  day: DayRule
  /** Milliseconds after local midnight (in the `from` offset) that the change happens. */
  timeOfDay: number
  until?: number
}

const DAY = 86_400_000
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const

interface Wall {
  year: number
  month: number
  day: number
  weekday: number
  timeOfDay: number
}

/** The wall clock (in the offset before the change) at which `t` happens. */
export function transitionWall(t: Transition): Wall {
  const ms = t.at + t.from * 60_000
  const d = new Date(ms)
  const timeOfDay = ((ms % DAY) + DAY) % DAY
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    timeOfDay,
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** The day of the month a rule lands on in `year`. */
export function dayIn(rule: DayRule, year: number): number {
  if (rule.kind === 'date') return rule.day
  if (rule.kind === 'window') {
    const wd = new Date(Date.UTC(year, rule.month - 1, rule.first)).getUTCDay()
    return rule.first + ((rule.weekday - wd + 7) % 7)
  }
  if (rule.nth > 0) {
    const wd = new Date(Date.UTC(year, rule.month - 1, 1)).getUTCDay()
    return 1 + ((rule.weekday - wd + 7) % 7) + (rule.nth - 1) * 7
  }
  const last = daysInMonth(year, rule.month)
  const wd = new Date(Date.UTC(year, rule.month - 1, last)).getUTCDay()
  return last - ((wd - rule.weekday + 7) % 7) + (rule.nth + 1) * 7
}

function candidates(walls: Wall[]): DayRule[] {
  const first = walls[0]!
  const { month, weekday } = first
  const out: DayRule[] = []
  if (walls.every((w) => w.weekday === weekday)) {
    // Last-weekday rules first: "last Sunday of March" is how the EU states it.
    for (const nth of [-1, -2, 1, 2, 3, 4]) out.push({ kind: 'nth', month, weekday, nth })
    const lo = Math.max(...walls.map((w) => w.day)) - 6
    const hi = Math.min(...walls.map((w) => w.day))
    // BYMONTHDAY stops at 31, so a window never reaches past it.
    for (let f = Math.max(1, lo); f <= Math.min(hi, 25); f++)
      out.push({ kind: 'window', month, weekday, first: f })
  }
  if (walls.every((w) => w.day === first.day)) out.push({ kind: 'date', month, day: first.day })
  return out
}

/**
 * Occurrences (UTC epoch ms) that `rule` produces for a zone whose offset
 * before the change is `from`, from `firstYear` on, inside `[startMs, endMs)`.
 */
export function expandRule(
  rule: YearlyRule,
  from: number,
  firstYear: number,
  startMs: number,
  endMs: number,
): number[] {
  const out: number[] = []
  const lastYear = new Date(endMs).getUTCFullYear() + 1
  for (let y = firstYear; y <= lastYear; y++) {
    const day = dayIn(rule.day, y)
    if (day < 1 || day > daysInMonth(y, rule.day.month)) continue
    const at = Date.UTC(y, rule.day.month - 1, day) + rule.timeOfDay - from * 60_000
    if (at < startMs || at >= endMs) continue
    if (rule.until !== undefined && at > rule.until) continue
    out.push(at)
  }
  return out
}

/**
 * A yearly rule that reproduces exactly the given transitions (same offsets,
 * sorted) and no other change inside `[startMs, endMs)`, or `undefined` when
 * none exists and the caller must list the dates (RDATE).
 */
export function inferYearlyRule(
  group: readonly Transition[],
  startMs: number,
  endMs: number,
): YearlyRule | undefined {
  if (group.length < 2) return undefined
  const walls = group.map(transitionWall)
  const first = walls[0]!
  if (walls.some((w) => w.month !== first.month || w.timeOfDay !== first.timeOfDay))
    return undefined
  const last = group[group.length - 1]!
  for (const day of candidates(walls)) {
    for (const until of [undefined, last.at]) {
      const rule: YearlyRule = { day, timeOfDay: first.timeOfDay, ...(until ? { until } : {}) }
      const got = expandRule(rule, group[0]!.from, first.year, startMs, endMs)
      if (got.length === group.length && got.every((at, i) => at === group[i]!.at)) return rule
    }
  }
  return undefined
}

/** The RRULE value for a rule, e.g. `FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU`. */
export function formatRule(rule: YearlyRule, formatUntil: (ms: number) => string): string {
  const d = rule.day
  let parts = `FREQ=YEARLY;BYMONTH=${d.month}`
  if (d.kind === 'nth') parts += `;BYDAY=${d.nth}${WEEKDAYS[d.weekday]}`
  else if (d.kind === 'window') {
    const days = Array.from({ length: 7 }, (_, i) => d.first + i).join(',')
    parts += `;BYDAY=${WEEKDAYS[d.weekday]};BYMONTHDAY=${days}`
  } else parts += `;BYMONTHDAY=${d.day}`
  if (rule.until !== undefined) parts += `;UNTIL=${formatUntil(rule.until)}`
  return parts
}
