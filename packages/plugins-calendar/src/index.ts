/**
 * Plans as neutral calendar events and jCal (RFC 7265), busy time read from a
 * user's calendar, and `calendarPlugin`. `@snackplan/plugins-calendar/events`
 * has the events and jCal alone, without the calendar reader's ical.js.
 *
 * @packageDocumentation
 * @module @snackplan/plugins-calendar
 */
export type { BusyFromICSOptions } from './busy/busy-from-ics'
export { busyFromICS } from './busy/busy-from-ics'
// Everything of the `./events` entry, which loads no ical.js.
export * from './events-entry'
export type { CalendarPluginOptions } from './plugin'
export { calendarPlugin } from './plugin'
