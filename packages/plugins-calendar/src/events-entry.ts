/**
 * Plans as neutral calendar events and jCal (RFC 7265), without the
 * calendar reader: what an exporter or a feed needs. The same exports as
 * the package root, which adds `busyFromICS` and `calendarPlugin`; this entry
 * does not load ical.js (their parser), so a feed server starts faster and a
 * Workers bundle is smaller. (In ESM both entries share one copy of the
 * code; the CommonJS files each carry their own.)
 *
 * @example
 * ```ts
 * import { toCalendarEvents } from '@snackplan/plugins-calendar/events'
 * ```
 *
 * @packageDocumentation
 * @module @snackplan/plugins-calendar/events
 */
export type { CalendarEvent } from './event'
export type { AlarmOption, CalendarEventOptions, ExerciseLookup } from './events/options'
export type { PreviousEvent } from './events/sequence'
export { toCalendarEvents } from './events/to-calendar-events'
export type { JCalComponent, JCalOptions, JCalProperty } from './jcal/to-jcal'
export { toJCal } from './jcal/to-jcal'
export { snackUid } from './uid'
