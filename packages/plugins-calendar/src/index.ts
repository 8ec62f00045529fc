/**
 * Plans as neutral calendar events and jCal (RFC 7265), busy time read from a
 * user's calendar, and `calendarPlugin`.
 *
 * @packageDocumentation
 * @module @snackplan/plugins-calendar
 */
export type { BusyFromICSOptions } from './busy/busy-from-ics'
export { busyFromICS } from './busy/busy-from-ics'
export type { CalendarEvent } from './event'
export type { AlarmOption, CalendarEventOptions, ExerciseLookup } from './events/options'
export type { PreviousEvent } from './events/sequence'
export { toCalendarEvents } from './events/to-calendar-events'
export type { JCalComponent, JCalOptions, JCalProperty } from './jcal/to-jcal'
export { toJCal } from './jcal/to-jcal'
export type { CalendarPluginOptions } from './plugin'
export { calendarPlugin } from './plugin'
export { snackUid } from './uid'
