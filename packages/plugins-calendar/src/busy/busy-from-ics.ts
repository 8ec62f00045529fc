import type { BusyBlock } from '@snackplan/engine'
import { formatUtc } from '../time/instant'
import { assertTimeZone } from '../time/zone'
import { addEvents, type Expansion } from './events'
import { addFreeBusy } from './freebusy'
import type { Component } from './ical'
import { mergeSpans } from './merge'
import { guardIcs, parseCalendars } from './parse'
import { guardTimezones } from './timezones'
import { resolveWindow } from './window'

/** Options of {@link busyFromICS}. */
export interface BusyFromICSOptions {
  /** Window start: `YYYY-MM-DD` (local to `timeZone`) or an ISO instant with offset or `Z`. */
  from: string
  /** Window end: `YYYY-MM-DD` (that day included) or an ISO instant (excluded). */
  to: string
  /**
   * IANA zone for floating times, all-day events, unknown TZIDs and the
   * window's dates. Default `UTC`; pass the profile's zone.
   */
  timeZone?: string
  /** Skip all-day events (some calendars do not mark them TRANSPARENT). Default false. */
  ignoreAllDay?: boolean
  /**
   * Work budget of one call, so hostile input cannot hang: occurrences plus
   * recurrence steps (each period of a rule visited and each date-time it
   * examines); more is an `ics/limit` error. Series without COUNT are read
   * from the window on, whenever they started. Default 100 000.
   */
  maxOccurrences?: number
  /** Longest text accepted, in UTF-16 code units; default 20 000 000. */
  maxLength?: number
  /**
   * What to do with a series whose RRULE is not expanded: BYSETPOS below
   * DAILY and numbered BYDAY below MONTHLY (RFC 5545 forbids the latter;
   * other engines loop on both), or an all-day event repeating below DAILY.
   * `'error'` (default) throws `ics/unsupported-rrule` naming the event;
   * `'first-occurrence'` counts only its first occurrence as busy.
   */
  unsupportedRecurrence?: 'error' | 'first-occurrence'
}

/** Parsed calendars plus the busy blocks they give for a window. */
export function busyFromCalendars(
  calendars: readonly Component[],
  options: BusyFromICSOptions,
): BusyBlock[] {
  const timeZone = assertTimeZone(options.timeZone ?? 'UTC', '/timeZone')
  const maxSteps = options.maxOccurrences ?? 100_000
  const x: Expansion = {
    window: resolveWindow(options.from, options.to, timeZone),
    timeZone,
    ignoreAllDay: options.ignoreAllDay ?? false,
    firstOccurrenceOfUnsupported: options.unsupportedRecurrence === 'first-occurrence',
    budget: { left: maxSteps },
    maxSteps,
    spans: [],
    clocks: new Map(),
  }
  guardIcs(() => {
    for (const calendar of calendars) guardTimezones(calendar)
    for (const calendar of calendars) {
      addEvents(x, calendar)
      addFreeBusy(x, calendar)
    }
  })
  return mergeSpans(x.spans).map((s) => ({ start: formatUtc(s.start), end: formatUtc(s.end) }))
}

/**
 * Reads a person's existing calendar (iCalendar text) into busy blocks the
 * planner keeps free, inside the window `from`..`to`: sorted, merged, UTC.
 *
 * @remarks Parsing and VTIMEZONEs come from ical.js, recurrence from the
 * engine's RFC 5545 code (`expandRecurrence`) under a work budget. Counted
 * as busy: VEVENTs that are not `TRANSP:TRANSPARENT` or `STATUS:CANCELLED`
 * (recurring ones expanded with RRULE, RDATE, EXDATE and RECURRENCE-ID
 * overrides), all-day events (whole local days), and VFREEBUSY periods
 * other than `FBTYPE=FREE`.
 * TZIDs resolve through the file's VTIMEZONE, else as IANA names, else as
 * `timeZone`, which also holds floating times.
 *
 * @throws SnackplanError `ics/parse` for text that is not iCalendar,
 * `ics/too-large` over `maxLength`, `ics/limit` when expansion would exceed
 * `maxOccurrences`, `ics/unsupported-rrule` for a series whose rule is not
 * expanded (see `unsupportedRecurrence`), `ics/unsupported-timezone` for a
 * VTIMEZONE whose offset rules are not yearly, `calendar/window` and
 * `calendar/time-zone` for bad options.
 *
 * @example
 * ```ts
 * busyFromICS(text, { from: '2026-11-23', to: '2026-11-29', timeZone: 'Europe/Stockholm' })
 * // [{ start: '2026-11-24T09:00:00Z', end: '2026-11-24T10:00:00Z' }, ...]
 * ```
 */
export function busyFromICS(text: string, options: BusyFromICSOptions): BusyBlock[] {
  return busyFromCalendars(parseCalendars(text, options.maxLength ?? 20_000_000), options)
}
