import { calendarError } from '../errors'
import { type Component, ICAL, type IcalEvent, type Time } from './ical'
import { timeToEpoch } from './instant'
import { checkRule } from './rrule-guard'
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
  /** Occurrences (and iterator steps) still allowed; counts down. */
  budget: { left: number }
  spans: Span[]
}

function upper(component: Component, name: string): string {
  const value = component.getFirstPropertyValue(name)
  return typeof value === 'string' ? value.toUpperCase() : ''
}

function tzidOf(component: Component, name: string): string | undefined {
  const tzid = component.getFirstProperty(name)?.getParameter('tzid')
  return typeof tzid === 'string' ? tzid : undefined
}

/** Counts one occurrence against the budget; throws `ics/limit` when it runs out. */
export function spend(x: Expansion, uid: string): void {
  if (--x.budget.left < 0) {
    throw calendarError(
      'ics/limit',
      '',
      `too many occurrences to expand (at event ${JSON.stringify(uid)})`,
    )
  }
}

/** Adds one occurrence of `item` (the VEVENT or its override) when it blocks time in the window. */
function addOccurrence(x: Expansion, item: IcalEvent, start: Time, end: Time): void {
  const c = item.component
  if (upper(c, 'transp') === 'TRANSPARENT' || upper(c, 'status') === 'CANCELLED') return
  if (start.isDate && x.ignoreAllDay) return
  const startTzid = tzidOf(c, 'dtstart')
  const startMs = timeToEpoch(start, startTzid, x.timeZone)
  const endMs = timeToEpoch(
    end,
    c.hasProperty('dtend') ? tzidOf(c, 'dtend') : startTzid,
    x.timeZone,
  )
  const from = Math.max(startMs, x.window.fromMs)
  const to = Math.min(endMs, x.window.toMs)
  if (to > from) x.spans.push({ start: from, end: to })
}

function epochOf(time: Time, component: Component, x: Expansion): number {
  return timeToEpoch(time, tzidOf(component, 'dtstart'), x.timeZone)
}

function expandRecurring(x: Expansion, event: IcalEvent, overrides: IcalEvent[]): void {
  const startMs = epochOf(event.startDate, event.component, x)
  for (const prop of event.component.getAllProperties('rrule')) {
    const verdict = checkRule(
      prop.getFirstValue() as never,
      startMs,
      x.window.toMs,
      x.budget.left,
      event.uid,
    )
    if (verdict === 'unsupported' && !x.firstOccurrenceOfUnsupported) {
      throw calendarError(
        'ics/unsupported-rrule',
        '',
        `event ${JSON.stringify(event.uid)} repeats by a rule that cannot be expanded safely (${String(prop.getFirstValue())}); pass unsupportedRecurrence: 'first-occurrence' to count only its first occurrence as busy`,
      )
    }
    if (verdict !== 'expand') {
      addOccurrence(x, event, event.startDate, event.endDate)
      return
    }
  }
  const seen = new Set<IcalEvent>()
  const iterator = event.iterator()
  let stoppedAt = Number.POSITIVE_INFINITY
  for (let next = iterator.next(); next; next = iterator.next()) {
    spend(x, event.uid)
    if (epochOf(next, event.component, x) >= x.window.toMs) {
      stoppedAt = epochOf(next, event.component, x)
      break
    }
    const details = event.getOccurrenceDetails(next)
    const item = details.item ?? event
    seen.add(item)
    addOccurrence(x, item, details.startDate, details.endDate)
  }
  // An override can move an occurrence from beyond the window into it.
  for (const o of overrides) {
    if (!seen.has(o) && o.recurrenceId && epochOf(o.recurrenceId, o.component, x) >= stoppedAt) {
      addOccurrence(x, o, o.startDate, o.endDate)
    }
  }
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
      overrides.set(uid, [...(overrides.get(uid) ?? []), new ICAL.Event(c)])
    } else if (uid !== '' && !masters.has(uid)) {
      masters.set(uid, c)
    } else {
      singles.push(c)
    }
  }
  for (const [uid, c] of masters) {
    const own = overrides.get(uid) ?? []
    overrides.delete(uid)
    const event = new ICAL.Event(c, { exceptions: own, strictExceptions: false })
    if (event.isRecurring()) {
      expandRecurring(x, event, own)
    } else {
      spend(x, uid)
      addOccurrence(x, event, event.startDate, event.endDate)
    }
  }
  // Overrides whose series is missing still say when the person is busy.
  const orphans = [...overrides.values()].flat().map((e) => e.component)
  for (const c of [...singles, ...orphans]) {
    const event = new ICAL.Event(c)
    spend(x, event.uid)
    addOccurrence(x, event, event.startDate, event.endDate)
  }
}
