import { calendarError } from '../errors'
import type { CalendarEvent } from '../event'

/** A jCal property: `[name, parameters, type, ...values]` (RFC 7265 3.4). */
export type JCalProperty = [string, Record<string, string>, string, ...(string | number)[]]
/** A jCal component: `[name, properties, subcomponents]` (RFC 7265 3.3). */
export type JCalComponent = [string, JCalProperty[], JCalComponent[]]

/** Options of {@link toJCal}. */
export interface JCalOptions {
  /** PRODID. Default `-//snackplan//plugins-calendar//EN`. */
  prodid?: string
  /** Calendar name, written as NAME (RFC 7986) and X-WR-CALNAME. */
  name?: string
}

function text(name: string, value: string): JCalProperty {
  return [name, {}, 'text', value]
}

function alarm(a: CalendarEvent['alarms'][number]): JCalComponent {
  return [
    'valarm',
    [
      text('action', 'DISPLAY'),
      ['trigger', {}, 'duration', a.minutesBefore === 0 ? 'PT0S' : `-PT${a.minutesBefore}M`],
      text('description', a.description),
    ],
    [],
  ]
}

function vevent(e: CalendarEvent): JCalComponent {
  const properties: JCalProperty[] = [
    text('uid', e.uid),
    ['dtstamp', {}, 'date-time', e.stamp],
    ['dtstart', {}, 'date-time', e.start],
    ['dtend', {}, 'date-time', e.end],
    ['sequence', {}, 'integer', e.sequence],
    text('summary', e.summary),
    text('description', e.description),
  ]
  if (e.categories.length > 0) properties.push(['categories', {}, 'text', ...e.categories])
  return ['vevent', properties, e.alarms.map(alarm)]
}

/**
 * The events as a jCal calendar (RFC 7265): the JSON form of iCalendar that
 * ical.js and CalDAV servers read. Times are UTC date-times.
 *
 * @example
 * ```ts
 * const jcal = toJCal(toCalendarEvents(plan, { catalog }), { name: 'Snacks' })
 * JSON.stringify(jcal) // '["vcalendar",[["version",{},"text","2.0"],...'
 * ```
 */
export function toJCal(events: readonly CalendarEvent[], options: JCalOptions = {}): JCalComponent {
  if (!Array.isArray(events)) {
    throw calendarError(
      'calendar/events',
      '',
      'toJCal takes the array of events from toCalendarEvents',
    )
  }
  const properties: JCalProperty[] = [
    text('version', '2.0'),
    text('prodid', options.prodid ?? '-//snackplan//plugins-calendar//EN'),
    text('calscale', 'GREGORIAN'),
  ]
  if (options.name !== undefined) {
    properties.push(text('name', options.name), text('x-wr-calname', options.name))
  }
  return ['vcalendar', properties, events.map(vevent)]
}
