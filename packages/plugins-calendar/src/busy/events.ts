import type { SpanEnd } from '@snackplan/engine'
import { calendarError } from '../errors'
import { clockOf, type SeriesClock, wallOf } from './clock'
import { type Component, ICAL, type IcalEvent, type Time } from './ical'
import { durationLength, endAfter, isEmpty, type Length } from './length'
import { addSeries } from './series'
import { pastWindow, type Window } from './window'

type Period = InstanceType<typeof ICAL.Period>

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
 * The instant an ical.js time names as the start or the end of a span, read
 * on `clock` (its clock in this call: see `clockIn`; a bound in a DST gap
 * widens the span: see `SeriesClock.toEpoch`), for deciding what is busy in
 * the window: a time whose wall clock is past the window (`pastWindow`) is
 * +Infinity without converting it.
 */
export function instant(x: Expansion, time: Time, clock: SeriesClock, end: SpanEnd): number {
  const wall = wallOf(time)
  return pastWindow(x.window, wall) ? Number.POSITIVE_INFINITY : clock.toEpoch(wall, end)
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
 * The length a VEVENT's DURATION gives it, when it has no DTEND (DTEND wins,
 * as in ical.js); undefined without a DURATION.
 */
export function durationOf(event: IcalEvent): Length | undefined {
  const c = event.component
  if (c.hasProperty('dtend')) return undefined
  const duration = c.getFirstPropertyValue('duration')
  return duration instanceof ICAL.Duration ? durationLength(duration) : undefined
}

/**
 * The span of an event's DTSTART to DTEND (or DURATION, its days nominal and
 * its hours exact: see `endAfter`) as instants, each bound read as
 * `instant` reads it; undefined when it lasts 0 s or less on the wall clock.
 */
export function spanOf(x: Expansion, event: IcalEvent): Span | undefined {
  const duration = durationOf(event)
  if (!duration) return spanToEnd(x, event)
  if (isEmpty(duration)) return undefined
  const start = event.startDate
  const clock = clockIn(x, start, tzidOf(event.component, 'dtstart'))
  return {
    start: instant(x, start, clock, 'start'),
    end: endAfter(x.window, clock, wallOf(start), duration),
  }
}

/**
 * {@link spanOf} for an event without a DURATION (`durationOf` is
 * undefined): DTSTART to DTEND, or to the end ical.js gives an event with
 * neither.
 */
export function spanToEnd(x: Expansion, event: IcalEvent): Span | undefined {
  const c = event.component
  const start = event.startDate
  const startTzid = tzidOf(c, 'dtstart')
  // ical.js makes a new Time on every read of endDate.
  const end = event.endDate
  const endTzid = c.hasProperty('dtend') ? tzidOf(c, 'dtend') : startTzid
  const startClock = clockIn(x, start, startTzid)
  const endClock = clockIn(x, end, endTzid)
  // On one clock the wall times order the ends: an event that ends as it
  // starts takes no time, even where a DST gap would part its two readings.
  if (startClock === endClock && wallOf(end) <= wallOf(start)) return undefined
  return { start: instant(x, start, startClock, 'start'), end: instant(x, end, endClock, 'end') }
}

/**
 * The end of a PERIOD (in FREEBUSY or RDATE) as an instant: its end, or its
 * duration after its start as `endAfter` counts it.
 */
export function periodEnd(x: Expansion, period: Period, tzid: unknown): number {
  // ical.js keeps one of the two and null in the other, whatever its types say.
  const duration = period.duration as Period['duration'] | null
  if (!duration) return instant(x, period.end, clockIn(x, period.end, tzid), 'end')
  const clock = clockIn(x, period.start, tzid)
  return endAfter(x.window, clock, wallOf(period.start), durationLength(duration))
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
