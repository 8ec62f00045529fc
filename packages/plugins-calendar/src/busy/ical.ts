import ICAL from 'ical.js'

// ical.js exports its classes as values on one default object; these aliases
// name their instance types for our signatures.
/** An ical.js component (VCALENDAR, VEVENT, ...). */
export type Component = InstanceType<typeof ICAL.Component>
/** An ical.js date or date-time with its zone. */
export type Time = InstanceType<typeof ICAL.Time>
/** An ical.js RRULE value. */
export type Recur = InstanceType<typeof ICAL.Recur>
/** An ical.js event: a VEVENT with its overrides related. */
export type IcalEvent = InstanceType<typeof ICAL.Event>

export { ICAL }
