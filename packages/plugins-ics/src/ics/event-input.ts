import { showValue } from '@snackplan/catalog'
import type { CalendarEvent } from '@snackplan/plugins-calendar/events'
import { readInstant } from './datetime'
import { icsError } from './errors'
import { cleanText } from './escape'
import { isValidTimeZone } from './offset'

/** A CalendarEvent checked and with its instants read as epoch ms. */
export interface CheckedEvent {
  event: CalendarEvent
  start: number
  end: number
  stamp: number
}

/** RFC 5545 INTEGER is a signed 32-bit value. */
const MAX_INTEGER = 2 ** 31 - 1
/** Alarms up to four weeks ahead, as toCalendarEvents allows. */
const MAX_ALARM_MINUTES = 40_320
/** Calendars cover years 1900..2199: VTIMEZONE scans every day in between. */
const FIRST_MS = Date.UTC(1900, 0, 1)
const LAST_MS = Date.UTC(2200, 0, 1)

// Paths are spelled out only for an error: a calendar of a year checks some
// twenty thousand values, and nearly all of them are fine.
type At = (key: string) => string

function count(value: unknown, at: At, key: string, what: string, max = MAX_INTEGER): void {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max) return
  throw icsError(
    'ics/invalid-number',
    at(key),
    `${what} must be a whole number from 0 to ${max}, got ${showValue(value)}`,
  )
}

function str(value: unknown, at: At, key: string): void {
  if (typeof value !== 'string') {
    throw icsError('ics/invalid-option', at(key), `expected a string, got ${typeof value}`)
  }
}

function instant(value: unknown, at: At, key: string): number {
  const ms = readInstant(value)
  if (typeof ms === 'string') throw icsError('ics/invalid-instant', at(key), ms)
  return ms
}

/** Checks one event (at `/index` in the input) and reads its instants. */
export function checkEvent(event: CalendarEvent, index: number): CheckedEvent {
  if (typeof event !== 'object' || event === null) {
    throw icsError('ics/invalid-option', `/${index}`, `expected an event, got ${showValue(event)}`)
  }
  const at: At = (key) => `/${index}/${key}`
  str(event.uid, at, 'uid')
  if (cleanText(event.uid).trim() === '') {
    throw icsError('ics/invalid-option', at('uid'), 'uid is empty')
  }
  str(event.summary, at, 'summary')
  str(event.description, at, 'description')
  if (!Array.isArray(event.categories)) {
    throw icsError('ics/invalid-option', at('categories'), 'categories must be an array')
  }
  for (let i = 0; i < event.categories.length; i++) {
    str(event.categories[i], at, `categories/${i}`)
  }
  const start = instant(event.start, at, 'start')
  const end = instant(event.end, at, 'end')
  for (const [key, ms] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (ms < FIRST_MS || ms >= LAST_MS) {
      throw icsError('ics/invalid-instant', at(key), 'events must fall in the years 1900 to 2199')
    }
  }
  if (end <= start) {
    throw icsError(
      'ics/end-before-start',
      at('end'),
      `end ${event.end} must be after start ${event.start}`,
    )
  }
  if (typeof event.timeZone !== 'string' || !isValidTimeZone(event.timeZone)) {
    throw icsError(
      'ics/unknown-time-zone',
      at('timeZone'),
      `unknown IANA time zone ${showValue(event.timeZone)}`,
    )
  }
  count(event.sequence, at, 'sequence', 'sequence')
  if (!Array.isArray(event.alarms)) {
    throw icsError('ics/invalid-option', at('alarms'), 'alarms must be an array')
  }
  for (let i = 0; i < event.alarms.length; i++) {
    const a = event.alarms[i]!
    if (typeof a !== 'object' || a === null) {
      throw icsError('ics/invalid-option', at(`alarms/${i}`), 'expected an alarm')
    }
    count(a.minutesBefore, at, `alarms/${i}/minutesBefore`, 'minutesBefore', MAX_ALARM_MINUTES)
    str(a.description, at, `alarms/${i}/description`)
  }
  return { event, start, end, stamp: instant(event.stamp, at, 'stamp') }
}
