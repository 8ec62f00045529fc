import { DAY_MS, type SpanEnd } from '@snackplan/engine'
import { calendarError } from '../errors'
import { clockOf, type SeriesClock, wallOf } from './clock'
import { type Component, ICAL, type IcalEvent, type Time } from './ical'
import { addSeries } from './series'
import type { Window } from './window'

/** A busy span in epoch milliseconds, `[start, end)`. */
export interface Span {
  start: number
  end: number
}

/** Shared state of one expansion: the window, the zone for floating times, the budget. */
export interface Expansion {
  window: Window
  timeZone: string
  ignoreAllDay: boolean
  /** Count a series with an unsupported RRULE as its first occurrence instead of failing. */
  firstOccurrenceOfUnsupported: boolean
  /** Occurrences and recurrence steps still allowed; counts down. */
  budget: { left: number }
  /** The budget at the start, for messages. */
  maxSteps: number
  spans: Span[]
  /** One clock per zone (see `clockOf`), so times in a zone share its memory. */
  clocks: Map<unknown, SeriesClock>
}

/**
 * The instant an ical.js time names as the start or the end of a span,
 * read as `clockOf` says (a bound in a DST gap widens the span: see
 * `SeriesClock.toEpoch`), for deciding what is busy in the window: a time
 * whose wall clock is more than a day after the window is +Infinity
 * without converting it. Nothing that late can start in the
 * window or end before its end, and converting it through a VTIMEZONE has
 * ical.js step through every year up to it (up to 9999: most of a second).
 */
export function instant(x: Expansion, time: Time, tzid: unknown, end: SpanEnd): number {
  // Any zone's wall clock is within a day of UTC.
  if (wallOf(time) > x.window.toMs + DAY_MS) return Number.POSITIVE_INFINITY
  return clockIn(x, time, tzid).toEpoch(wallOf(time), end)
}

/** The clock an ical.js time is read with in this call (see `clockOf`). */
export function clockIn(x: Expansion, time: Time, tzid: unknown): SeriesClock {
  return clockOf(time, tzidText(tzid), x.timeZone, x.clocks)
}

const tzidText = (tzid: unknown) => (typeof tzid === 'string' ? tzid : undefined)

function upper(component: Component, name: string): string {
  const value = component.getFirstPropertyValue(name)
  return typeof value === 'string' ? value.toUpperCase() : ''
}

/** The TZID parameter of a date-time property (`dtstart`, `dtend`), when it has one. */
export function tzidOf(component: Component, name: string): string | undefined {
  const tzid = component.getFirstProperty(name)?.getParameter('tzid')
  return typeof tzid === 'string' ? tzid : undefined
}

/** Counts one occurrence against the budget; throws `ics/limit` when it runs out. */
export function spend(x: Expansion, uid: string): void {
  if (--x.budget.left < 0) {
    throw calendarError(
      'ics/limit',
      '',
      `too many occurrences to expand (at event ${JSON.stringify(uid)}; the limit is ${x.maxSteps} occurrences and recurrence steps)`,
    )
  }
}

/** Whether an event (or override) blocks time: not transparent, not cancelled, not a skipped all-day. */
export function blocksTime(x: Expansion, item: IcalEvent): boolean {
  const c = item.component
  if (upper(c, 'transp') === 'TRANSPARENT' || upper(c, 'status') === 'CANCELLED') return false
  return !(item.startDate.isDate && x.ignoreAllDay)
}

/** Adds `[start, end)` clipped to the window, when anything is left of it. */
export function addSpan(x: Expansion, start: number, end: number): void {
  const from = Math.max(start, x.window.fromMs)
  const to = Math.min(end, x.window.toMs)
  if (to > from) x.spans.push({ start: from, end: to })
}

/**
 * The span of an event's DTSTART to DTEND (or DURATION) as instants, each
 * bound read as `instant` reads it; undefined when its ends are on one
 * clock and it ends as it starts or before.
 */
export function spanOf(x: Expansion, event: IcalEvent): Span | undefined {
  const c = event.component
  const startTzid = tzidOf(c, 'dtstart')
  const endTzid = c.hasProperty('dtend') ? tzidOf(c, 'dtend') : startTzid
  // On one clock the wall times order the ends: an event that ends as it
  // starts takes no time, even where a DST gap would part its two readings.
  const oneClock = clockIn(x, event.startDate, startTzid) === clockIn(x, event.endDate, endTzid)
  if (oneClock && wallOf(event.endDate) <= wallOf(event.startDate)) return undefined
  return {
    start: instant(x, event.startDate, startTzid, 'start'),
    end: instant(x, event.endDate, endTzid, 'end'),
  }
}

/** Adds the span of one event or override that does not repeat (counted against the budget). */
export function addSingle(x: Expansion, event: IcalEvent): void {
  spend(x, event.uid)
  if (!blocksTime(x, event)) return
  const span = spanOf(x, event)
  if (span) addSpan(x, span.start, span.end)
}

/**
 * The ical.js event of a VEVENT, with no exceptions related. Left to itself,
 * `new ICAL.Event(c)` scans every VEVENT of the calendar for RECURRENCE-IDs
 * to relate (n events cost n^2: seconds at 5,000 events); `addEvents`
 * groups the overrides by UID itself, and nothing here reads ical.js's
 * relation (`exceptions`, `getOccurrenceDetails`, `iterator`).
 */
function eventOf(c: Component): IcalEvent {
  return new ICAL.Event(c, { exceptions: [] })
}

/** Adds the busy spans of every VEVENT in a VCALENDAR: single, recurring and overridden. */
export function addEvents(x: Expansion, calendar: Component): void {
  const masters = new Map<string, Component>()
  const overrides = new Map<string, IcalEvent[]>()
  const singles: Component[] = []
  for (const c of calendar.getAllSubcomponents('vevent')) {
    // Without a start an event has no time to block.
    if (!c.hasProperty('dtstart')) continue
    const uid = String(c.getFirstPropertyValue('uid') ?? '')
    if (c.hasProperty('recurrence-id')) {
      const list = overrides.get(uid)
      if (list) list.push(eventOf(c))
      else overrides.set(uid, [eventOf(c)])
    } else if (uid !== '' && !masters.has(uid)) {
      masters.set(uid, c)
    } else {
      singles.push(c)
    }
  }
  for (const [uid, c] of masters) {
    const event = eventOf(c)
    if (!event.isRecurring()) {
      addSingle(x, event)
      continue
    }
    addSeries(x, event, overrides.get(uid) ?? [])
    overrides.delete(uid)
  }
  // Overrides whose series is missing or does not repeat still say when the person is busy.
  for (const c of singles) addSingle(x, eventOf(c))
  for (const orphan of [...overrides.values()].flat()) addSingle(x, orphan)
}
