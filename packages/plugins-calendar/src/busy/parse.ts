import { isSnackplanError } from '@snackplan/catalog'
import { calendarError } from '../errors'
import { type Component, ICAL } from './ical'

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Runs `work` over ical.js data and turns whatever ical.js throws for broken
 * input into an `ics/parse` SnackplanError with its message.
 */
export function guardIcs<T>(work: () => T): T {
  try {
    return work()
  } catch (error) {
    if (isSnackplanError(error)) throw error
    throw calendarError('ics/parse', '', `could not read the calendar: ${reason(error)}`)
  }
}

/** Parses iCalendar text into its VCALENDAR components; throws `ics/parse` or `ics/too-large`. */
export function parseCalendars(text: unknown, maxLength: number): Component[] {
  if (typeof text !== 'string') {
    throw calendarError('ics/parse', '', `expected iCalendar text, got ${typeof text}`)
  }
  if (text.length > maxLength) {
    throw calendarError(
      'ics/too-large',
      '',
      `the calendar has ${text.length} characters; the limit is ${maxLength}`,
    )
  }
  const jcal: unknown = guardIcs(() => ICAL.parse(text))
  // One VCALENDAR parses to a component, several to a list of them.
  const list = (Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal : [jcal]) as unknown[]
  const calendars = list
    .filter((c): c is unknown[] => Array.isArray(c) && c.length > 0)
    .map((c) => new ICAL.Component(c as never))
    .filter((c) => c.name === 'vcalendar')
  if (calendars.length === 0) {
    throw calendarError('ics/parse', '', 'could not read the calendar: no BEGIN:VCALENDAR found')
  }
  return calendars
}
