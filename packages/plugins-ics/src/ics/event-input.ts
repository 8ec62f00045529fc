import type { CalendarEvent } from '@snackplan/plugins-calendar'
import { parseInstant } from './datetime'
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

function count(value: unknown, path: string, what: string): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value
  throw icsError(
    'ics/invalid-number',
    path,
    `${what} must be a whole number >= 0, got ${JSON.stringify(value)}`,
  )
}

function str(value: unknown, path: string): void {
  if (typeof value !== 'string') {
    throw icsError('ics/invalid-option', path, `expected a string, got ${typeof value}`)
  }
}

/** Checks one event (at `/index` in the input) and reads its instants. */
export function checkEvent(event: CalendarEvent, index: number): CheckedEvent {
  const at = (key: string): string => `/${index}/${key}`
  str(event.uid, at('uid'))
  if (cleanText(event.uid).trim() === '') {
    throw icsError('ics/invalid-option', at('uid'), 'uid is empty')
  }
  str(event.summary, at('summary'))
  str(event.description, at('description'))
  if (!Array.isArray(event.categories)) {
    throw icsError('ics/invalid-option', at('categories'), 'categories must be an array')
  }
  for (const [i, c] of event.categories.entries()) str(c, at(`categories/${i}`))
  const start = parseInstant(event.start, at('start'))
  const end = parseInstant(event.end, at('end'))
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
      `unknown IANA time zone ${JSON.stringify(event.timeZone)}`,
    )
  }
  count(event.sequence, at('sequence'), 'sequence')
  if (!Array.isArray(event.alarms)) {
    throw icsError('ics/invalid-option', at('alarms'), 'alarms must be an array')
  }
  event.alarms.forEach((a, i) => {
    count(a.minutesBefore, at(`alarms/${i}/minutesBefore`), 'minutesBefore')
    str(a.description, at(`alarms/${i}/description`))
  })
  return { event, start, end, stamp: parseInstant(event.stamp, at('stamp')) }
}
