import { fail } from './errors'
import type { Recurrence, RecurWeekday } from './recur/types'

/** RRULE frequencies accepted for triggers (minute resolution, so no SECONDLY). */
export type LocalRRuleFrequency = 'YEARLY' | 'MONTHLY' | 'WEEKLY' | 'DAILY' | 'HOURLY' | 'MINUTELY'

/**
 * A validated RRULE, ready for {@link expandLocalRRule}. Obtain it from
 * {@link parseLocalRRule}; parse once at load time to report errors with paths.
 */
export interface LocalRRule {
  /** The rule in normalized form: upper case, no `RRULE:` prefix. */
  readonly rule: string
  /** Its `FREQ`. */
  readonly freq: LocalRRuleFrequency
  /** `NAME -> VALUE` of every part, as written (upper case). */
  readonly parts: Readonly<Record<string, string>>
  /** The same rule as numbers, for {@link expandRecurrence}. */
  readonly recurrence: Recurrence
}

/** Longest RRULE text accepted; longer is `rules/rrule-limit`. */
export const MAX_RRULE_LENGTH = 1000
/**
 * Largest INTERVAL per frequency: beyond a day's worth of hours or minutes
 * a rule fires once a day at most, which `FREQ=DAILY` says plainly.
 */
export const MAX_RRULE_INTERVAL: Readonly<Record<'HOURLY' | 'MINUTELY', number>> = {
  HOURLY: 24,
  MINUTELY: 1440,
}

const FREQS: readonly string[] = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY']
const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']
const DAYS = `(${WEEKDAY_CODES.join('|')})`
const REFUSED: Record<string, string> = {
  SECONDLY: 'FREQ=SECONDLY is not supported: triggers have minute resolution',
  BYSECOND: 'BYSECOND is not supported: triggers have minute resolution',
  UNTIL:
    'UNTIL is not supported: the rule is expanded one local day at a time; select days with the rule conditions (day.*) instead',
  DTSTART: 'DTSTART is not supported: each day is anchored at the start of its window',
  TZID: 'TZID is not supported: rules are expanded in floating local time (see docs/time-zones.md)',
}

type Check = (value: string, freq: string, parts: Record<string, string>) => string | undefined

function intList(min: number, max: number, signed: boolean): Check {
  const shape = signed ? /^[+-]?\d{1,3}$/ : /^\d{1,3}$/
  return (value) => {
    for (const item of value.split(',')) {
      if (!shape.test(item)) return `"${item}" is not a whole number${signed ? '' : ' >= 0'}`
      const n = Math.abs(Number(item))
      if (n < min || n > max) return `${item} is out of range ${signed ? '±' : ''}${min}..${max}`
    }
    return undefined
  }
}

function onlyWith(freqs: string[], check: Check): Check {
  return (value, freq, parts) =>
    freqs.includes(freq)
      ? check(value, freq, parts)
      : `is only allowed with FREQ=${freqs.join(' or FREQ=')} (RFC 5545 3.3.10)`
}

const positive: Check = (value) =>
  /^[1-9]\d{0,5}$/.test(value) ? undefined : `"${value}" is not a whole number >= 1`

const PART_CHECKS: Record<string, Check> = {
  FREQ: (value) =>
    FREQS.includes(value) ? undefined : `"${value}" is not one of ${FREQS.join(', ')}`,
  INTERVAL: (value, freq) => {
    const bad = positive(value, freq, {})
    if (bad) return bad
    if (value === '1' || freq === 'HOURLY' || freq === 'MINUTELY') return undefined
    return 'INTERVAL > 1 needs FREQ=HOURLY or MINUTELY: the rule is expanded one local day at a time, so select days with BYDAY/BYMONTHDAY or the rule conditions'
  },
  COUNT: positive,
  BYMONTH: intList(1, 12, false),
  BYWEEKNO: onlyWith(['YEARLY'], intList(1, 53, true)),
  BYYEARDAY: onlyWith(['YEARLY', 'HOURLY', 'MINUTELY'], intList(1, 366, true)),
  BYMONTHDAY: (value, freq, parts) =>
    freq === 'WEEKLY'
      ? 'is not allowed with FREQ=WEEKLY (RFC 5545 3.3.10)'
      : intList(1, 31, true)(value, freq, parts),
  BYDAY: (value, freq, parts) => {
    for (const item of value.split(',')) {
      const m = new RegExp(`^([+-]?\\d{1,2})?${DAYS}$`).exec(item)
      if (!m) return `"${item}" is not a weekday such as MO, 1MO or -1FR`
      if (m[1] === undefined) continue
      const n = Math.abs(Number(m[1]))
      if (freq !== 'MONTHLY' && freq !== 'YEARLY')
        return `"${item}": a numbered weekday needs FREQ=MONTHLY or YEARLY`
      if (freq === 'YEARLY' && parts.BYWEEKNO !== undefined)
        return `"${item}": a numbered weekday cannot be combined with BYWEEKNO`
      if (n < 1 || n > (freq === 'MONTHLY' ? 5 : 53)) return `"${item}" is out of range`
    }
    return undefined
  },
  BYHOUR: intList(0, 23, false),
  BYMINUTE: intList(0, 59, false),
  BYSETPOS: (value, freq, parts) =>
    Object.keys(parts).some((k) => k.startsWith('BY') && k !== 'BYSETPOS')
      ? intList(1, 366, true)(value, freq, parts)
      : 'needs another BYxxx part to select from (RFC 5545 3.3.10)',
  WKST: (value) =>
    new RegExp(`^${DAYS}$`).test(value) ? undefined : `"${value}" is not a weekday such as MO`,
}

const list = (value: string | undefined) => value?.split(',').map(Number)

/** The parts as numbers; they passed {@link PART_CHECKS}, so every item parses. */
function toRecurrence(freq: LocalRRuleFrequency, parts: Record<string, string>): Recurrence {
  const byDay = parts.BYDAY?.split(',').map((item): RecurWeekday => {
    const code = item.slice(-2)
    return { weekday: WEEKDAY_CODES.indexOf(code), nth: Number(item.slice(0, -2) || 0) }
  })
  return {
    freq,
    interval: Number(parts.INTERVAL ?? 1),
    count: parts.COUNT === undefined ? undefined : Number(parts.COUNT),
    byMonth: list(parts.BYMONTH),
    byWeekNo: list(parts.BYWEEKNO),
    byYearDay: list(parts.BYYEARDAY),
    byMonthDay: list(parts.BYMONTHDAY),
    byDay,
    byHour: list(parts.BYHOUR),
    byMinute: list(parts.BYMINUTE),
    bySetPos: list(parts.BYSETPOS),
    wkst: parts.WKST === undefined ? undefined : WEEKDAY_CODES.indexOf(parts.WKST),
  }
}

// Error messages quote the rule, but never a whole hostile one.
const quote = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}...` : text)

/**
 * Validates an RRULE value (`FREQ=HOURLY;BYMINUTE=0`, optionally prefixed
 * `RRULE:`) for expansion in floating local time, one day at a time.
 *
 * @param path - JSON pointer used in errors, e.g. `/rules/3/event/params/rrule`.
 * @throws SnackplanError naming the offending part: `rules/invalid-rrule`
 * for what RFC 5545 or floating time forbid, `rules/unsupported-rrule` for
 * BYSETPOS below DAILY, `rules/rrule-limit` for text over
 * {@link MAX_RRULE_LENGTH} characters or an INTERVAL over
 * {@link MAX_RRULE_INTERVAL}.
 */
export function parseLocalRRule(text: string, path = ''): LocalRRule {
  const bad = (why: string): never =>
    fail('rules/invalid-rrule', `invalid RRULE ${quote(String(text))}: ${why}`, path)
  if (typeof text !== 'string') return bad('expected a string')
  if (text.length > MAX_RRULE_LENGTH) {
    fail(
      'rules/rrule-limit',
      `RRULE ${quote(text)} is ${text.length} characters long; the limit is ${MAX_RRULE_LENGTH}`,
      path,
    )
  }
  const rule = text
    .trim()
    .toUpperCase()
    .replace(/^RRULE:/, '')
  if (rule === '') bad('it is empty')
  if (/[\r\n]/.test(rule)) bad('expected one RRULE line, without DTSTART or other properties')
  const parts: Record<string, string> = {}
  for (const part of rule.split(';')) {
    const m = /^([A-Z]+)=([^=]+)$/.exec(part)
    if (!m) return bad(`"${part}" is not NAME=VALUE`)
    const [, name = '', value = ''] = m
    if (REFUSED[name]) bad(REFUSED[name])
    if (!(name in PART_CHECKS))
      bad(`unknown part ${name}; expected ${Object.keys(PART_CHECKS).join(', ')}`)
    if (name in parts) bad(`${name} is given twice`)
    parts[name] = value
  }
  const freq = parts.FREQ
  if (freq === undefined) return bad('FREQ is required')
  if (REFUSED[freq]) bad(REFUSED[freq])
  for (const [name, value] of Object.entries(parts)) {
    const why = PART_CHECKS[name]?.(value, freq, parts)
    if (why) bad(`${name}: ${why}`)
  }
  const subDaily = freq === 'HOURLY' || freq === 'MINUTELY'
  if (subDaily && parts.BYSETPOS !== undefined) {
    // Each hour or minute holds one time or a few, so positions past them
    // never match: recurrence engines search on for years (rrule.js forever).
    fail(
      'rules/unsupported-rrule',
      `RRULE ${quote(text)}: BYSETPOS needs FREQ=DAILY or coarser (pick the times with BYHOUR and BYMINUTE instead)`,
      path,
    )
  }
  const maxInterval = subDaily ? MAX_RRULE_INTERVAL[freq] : undefined
  if (maxInterval !== undefined && Number(parts.INTERVAL ?? 1) > maxInterval) {
    fail(
      'rules/rrule-limit',
      `RRULE ${quote(text)}: INTERVAL=${parts.INTERVAL} is over ${maxInterval} for FREQ=${freq}, so it fires once a day at most; write FREQ=DAILY`,
      path,
    )
  }
  const frequency = freq as LocalRRuleFrequency
  return Object.freeze({
    rule,
    freq: frequency,
    parts: Object.freeze(parts),
    recurrence: Object.freeze(toRecurrence(frequency, parts)),
  })
}
