import { calendarError } from '../errors'
import type { Component, Recur } from './ical'

// What real VTIMEZONEs use (RFC 5545 3.6.5 and every exporter we know):
// yearly rules by month, weekday or month day, optionally ending.
const ALLOWED_PARTS = new Set(['BYMONTH', 'BYDAY', 'BYMONTHDAY', 'BYYEARDAY'])

/**
 * Checks the offset rules of every VTIMEZONE before ical.js converts a time
 * with it: ical.js expands them from their DTSTART to each year it needs,
 * step by step, so a zone that changes offset every second (or every day
 * since year 0001) would hang every conversion.
 *
 * @throws SnackplanError `ics/unsupported-timezone` naming the zone and rule.
 */
export function guardTimezones(calendar: Component): void {
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    const tzid = String(zone.getFirstPropertyValue('tzid') ?? '')
    for (const change of zone.getAllSubcomponents()) {
      for (const prop of change.getAllProperties('rrule')) {
        const rule = prop.getFirstValue() as Recur
        const parts = Object.keys(rule.parts ?? {})
        const bad =
          String(rule.freq) !== 'YEARLY'
            ? `FREQ=${String(rule.freq)}`
            : Number(rule.interval) > 1
              ? `INTERVAL=${String(rule.interval)}`
              : parts.find((p) => !ALLOWED_PARTS.has(p))
        if (bad !== undefined) {
          throw calendarError(
            'ics/unsupported-timezone',
            '',
            `VTIMEZONE ${JSON.stringify(tzid)} changes its offset by a rule no time zone uses (${bad}); only yearly rules by BYMONTH, BYDAY, BYMONTHDAY or BYYEARDAY are read`,
          )
        }
      }
    }
  }
}
