import { showTyped } from '@snackplan/catalog'
import { DAY_MS } from '@snackplan/engine'
import { calendarError } from '../errors'
import { isInstant, parseDate, parseInstant } from '../time/instant'
import { wallToEpoch } from '../time/zone'

/** A half-open span of time `[fromMs, toMs)`. */
export interface Window {
  fromMs: number
  toMs: number
}

function bound(value: unknown, name: 'from' | 'to', timeZone: string): number {
  if (typeof value === 'string' && isInstant(value)) return parseInstant(value, `/${name}`)
  const date = parseDate(value)
  if (!date) {
    throw calendarError(
      'calendar/window',
      `/${name}`,
      `${name} must be a string: a date YYYY-MM-DD or an ISO instant with an offset, got ${value instanceof Date ? 'a Date object (pass date.toISOString())' : showTyped(value)}`,
    )
  }
  // `to` as a date includes that whole day, like the planner's `to`.
  const day = name === 'to' ? date[2] + 1 : date[2]
  const utc = new Date(Date.UTC(date[0], date[1] - 1, day))
  return wallToEpoch(
    {
      year: utc.getUTCFullYear(),
      month: utc.getUTCMonth() + 1,
      day: utc.getUTCDate(),
      hour: 0,
      minute: 0,
      second: 0,
    },
    timeZone,
  )
}

/** The window `from`..`to` (dates local to `timeZone`, `to` inclusive; or instants). */
export function resolveWindow(from: unknown, to: unknown, timeZone: string): Window {
  const fromMs = bound(from, 'from', timeZone)
  const toMs = bound(to, 'to', timeZone)
  if (toMs <= fromMs) {
    throw calendarError('calendar/window', '/to', 'the window ends before it starts')
  }
  return { fromMs, toMs }
}

/**
 * Whether a time (an instant or a wall-clock reading) is more than a day
 * after the window's end. Any zone's wall clock is within a day of UTC, so
 * nothing that late can start in the window or end before its end: callers
 * take such a time as +Infinity without converting it, since converting a
 * far time through a VTIMEZONE has ical.js step through every year up to it
 * (up to 9999: most of a second).
 */
export function pastWindow(window: Window, ms: number): boolean {
  return ms > window.toMs + DAY_MS
}
