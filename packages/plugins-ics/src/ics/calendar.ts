import { showValue } from '@snackplan/catalog'
import type { CalendarEvent } from '@snackplan/plugins-calendar/events'
import { version } from '../../package.json'
import { icsError } from './errors'
import { escapeText, isBlankText } from './escape'
import { type CheckedEvent, checkEvent } from './event-input'
import { LineMemo } from './line-memo'
import { contentLine, serializeLines } from './lines'
import { isAmbiguousWall, isUtcZone } from './local-time'
import { isValidTimeZone } from './offset'
import { resolveOptions, type ToICSOptions } from './options'
import { vevent } from './vevent'
import { vtimezone } from './vtimezone'

/** The default PRODID (RFC 5545 3.7.3), naming this package and its version. */
export const DEFAULT_PROD_ID = `-//snackplan//snackplan ${version}//EN`

// Which zone (if any) an event's DTSTART/DTEND are written in.
function zoneFor(checked: CheckedEvent, times: 'local' | 'utc'): string | undefined {
  const zone = checked.event.timeZone
  if (times === 'utc' || isUtcZone(zone)) return undefined
  if (isAmbiguousWall(checked.start, zone) || isAmbiguousWall(checked.end, zone)) return undefined
  return zone
}

function calendarZone(events: readonly CalendarEvent[], option: string | undefined) {
  if (option !== undefined) {
    if (!isValidTimeZone(option)) {
      throw icsError('ics/unknown-time-zone', '/timeZone', `unknown IANA time zone ${option}`)
    }
    return option
  }
  const zones = new Set(events.map((e) => e.timeZone))
  return zones.size === 1 ? [...zones][0] : undefined
}

/**
 * Serialises calendar events as an RFC 5545 iCalendar object (with the RFC
 * 7986 calendar properties), ready to save as `.ics` or serve as a feed.
 *
 * @remarks The output is deterministic: the same events and options give
 * byte-identical text (DTSTAMP comes from each event's `stamp`, never the
 * clock). Lines end in CRLF and are folded at 75 octets on UTF-8 character
 * boundaries; there is no BOM and no METHOD (a feed is not an iTIP message).
 * @throws SnackplanError (`[snackplan] [ics] ...`) for an invalid event or
 * option: an unknown time zone, an end not after its start, a malformed
 * instant, a negative sequence, a repeated uid.
 * @example
 * ```ts
 * const ics = toICS(toCalendarEvents(plan, { locale: 'sv' }), { name: 'Snacks' })
 * ```
 */
export function toICS(events: readonly CalendarEvent[], options: ToICSOptions = {}): string {
  const opts = resolveOptions(options, DEFAULT_PROD_ID)
  if (!Array.isArray(events)) throw icsError('ics/invalid-option', '', 'events must be an array')
  const checked = events.map(checkEvent)
  const seen = new Map<string, number>()
  checked.forEach((c, i) => {
    const prior = seen.get(c.event.uid)
    if (prior !== undefined) {
      throw icsError(
        'ics/duplicate-uid',
        `/${i}/uid`,
        `uid ${showValue(c.event.uid)} repeats event ${prior}`,
      )
    }
    seen.set(c.event.uid, i)
  })
  const zones = checked.map((c) => zoneFor(c, opts.times))
  const spans = new Map<string, [number, number]>()
  checked.forEach((c, i) => {
    const zone = zones[i]
    if (!zone) return
    const s = spans.get(zone)
    spans.set(zone, s ? [Math.min(s[0], c.start), Math.max(s[1], c.end)] : [c.start, c.end])
  })
  const wrTimeZone = calendarZone(events, opts.timeZone)
  const refresh = `PT${opts.refreshHours}H`
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    contentLine('PRODID', escapeText(opts.prodId)),
    'CALSCALE:GREGORIAN',
  ]
  if (!isBlankText(opts.name)) {
    lines.push(
      contentLine('NAME', escapeText(opts.name)),
      contentLine('X-WR-CALNAME', escapeText(opts.name)),
    )
  }
  if (opts.description !== undefined && !isBlankText(opts.description)) {
    lines.push(
      contentLine('DESCRIPTION', escapeText(opts.description)),
      contentLine('X-WR-CALDESC', escapeText(opts.description)),
    )
  }
  if (wrTimeZone) lines.push(contentLine('X-WR-TIMEZONE', wrTimeZone))
  lines.push(
    contentLine('REFRESH-INTERVAL', refresh, [['VALUE', 'DURATION']]),
    contentLine('X-PUBLISHED-TTL', refresh),
  )
  // One flat string at the end: every event is built once as its own text,
  // and join() copies the pieces into the result.
  const parts = [serializeLines(lines)]
  for (const zone of [...spans.keys()].sort()) {
    const [first, last] = spans.get(zone)!
    parts.push(serializeLines(vtimezone(zone, first, last)))
  }
  const memo = new LineMemo()
  for (const [i, c] of checked.entries()) parts.push(vevent(c, opts, zones[i], memo))
  parts.push('END:VCALENDAR\r\n')
  return parts.join('')
}
