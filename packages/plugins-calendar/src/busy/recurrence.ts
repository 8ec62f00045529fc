import {
  RECUR_FREQUENCIES,
  type RecurFrequency,
  type Recurrence,
  type RecurWeekday,
} from '@snackplan/engine'
import { calendarError } from '../errors'
import type { Recur } from './ical'

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']
const SUB_DAILY = new Set(['HOURLY', 'MINUTELY', 'SECONDLY'])

type Parts = Record<string, (string | number)[] | undefined>

const numbers = (list: (string | number)[] | undefined) => list?.map(Number)

function weekday(item: string | number): RecurWeekday | undefined {
  const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(String(item).toUpperCase())
  if (!m) return undefined
  return { weekday: WEEKDAYS.indexOf(m[2] ?? ''), nth: Number(m[1] ?? 0) }
}

/**
 * Why a rule is one RFC 5545 forbids or that no calendar app writes and
 * other engines loop on (the series then counts as its first occurrence, or
 * is refused, as the caller chose); undefined when it can be expanded.
 */
function unsupported(freq: string, parts: Parts, allDay: boolean): string | undefined {
  if (SUB_DAILY.has(freq) && parts.BYSETPOS) return 'BYSETPOS below DAILY'
  if (freq !== 'MONTHLY' && freq !== 'YEARLY' && parts.BYDAY?.some((d) => /\d/.test(String(d)))) {
    return 'a numbered BYDAY below MONTHLY'
  }
  if (allDay && SUB_DAILY.has(freq)) return `FREQ=${freq} on an all-day event`
  return undefined
}

/** The until of a rule, as the series' wall clock reads it. */
export type UntilReader = (until: NonNullable<Recur['until']>) => number

/**
 * An ical.js RRULE as a {@link Recurrence}, or the reason it is not
 * expanded (see `unsupportedRecurrence` of busyFromICS).
 *
 * @throws SnackplanError `ics/rrule` without a valid FREQ, or BYWEEKNO below YEARLY.
 */
export function toRecurrence(
  rule: Recur,
  allDay: boolean,
  readUntil: UntilReader,
  uid: string,
): Recurrence | { unsupported: string } {
  const freq = String(rule.freq)
  if (!(RECUR_FREQUENCIES as readonly string[]).includes(freq)) {
    throw calendarError(
      'ics/rrule',
      '',
      `event ${JSON.stringify(uid)} has an RRULE without a valid FREQ`,
    )
  }
  const parts = (rule.parts ?? {}) as Parts
  if (parts.BYWEEKNO && freq !== 'YEARLY') {
    throw calendarError(
      'ics/rrule',
      '',
      `event ${JSON.stringify(uid)}: BYWEEKNO is only allowed with FREQ=YEARLY`,
    )
  }
  const why = unsupported(freq, parts, allDay)
  if (why) return { unsupported: why }
  const byDay = parts.BYDAY?.map(weekday).filter((d): d is RecurWeekday => d !== undefined)
  return {
    freq: freq as RecurFrequency,
    interval: Number(rule.interval) || 1,
    // ical.js keeps COUNT=0 as 0 and no COUNT as null.
    count: typeof rule.count === 'number' ? rule.count : undefined,
    until: rule.until ? readUntil(rule.until) : undefined,
    byMonth: numbers(parts.BYMONTH),
    byWeekNo: numbers(parts.BYWEEKNO),
    byYearDay: numbers(parts.BYYEARDAY),
    byMonthDay: numbers(parts.BYMONTHDAY),
    byDay,
    byHour: allDay ? undefined : numbers(parts.BYHOUR),
    byMinute: allDay ? undefined : numbers(parts.BYMINUTE),
    bySecond: allDay ? undefined : numbers(parts.BYSECOND),
    bySetPos: numbers(parts.BYSETPOS),
    // ical.js numbers weekdays from Sunday = 1.
    wkst: typeof rule.wkst === 'number' ? (rule.wkst + 5) % 7 : undefined,
  }
}
