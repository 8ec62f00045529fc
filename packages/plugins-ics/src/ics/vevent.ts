import { formatUtc, formatWall } from './datetime'
import { escapeText, isBlankText } from './escape'
import type { CheckedEvent } from './event-input'
import { contentLine } from './lines'
import { wallClock } from './local-time'
import type { ResolvedOptions } from './options'

function dateTime(name: string, ms: number, tzid: string | undefined): string {
  return tzid
    ? contentLine(name, formatWall(wallClock(ms, tzid)), [['TZID', tzid]])
    : contentLine(name, formatUtc(ms))
}

/**
 * The VEVENT (unfolded content lines) of one checked event. `tzid` is the
 * zone to write DTSTART/DTEND in, or `undefined` for UTC.
 */
export function veventLines(
  checked: CheckedEvent,
  options: ResolvedOptions,
  tzid: string | undefined,
): string[] {
  const { event } = checked
  const lines = [
    'BEGIN:VEVENT',
    contentLine('UID', escapeText(event.uid)),
    contentLine('DTSTAMP', formatUtc(checked.stamp)),
    dateTime('DTSTART', checked.start, tzid),
    dateTime('DTEND', checked.end, tzid),
    contentLine('SEQUENCE', String(event.sequence)),
  ]
  // Empty values are left out: libical drops an empty SUMMARY with an error.
  if (!isBlankText(event.summary)) lines.push(contentLine('SUMMARY', escapeText(event.summary)))
  if (!isBlankText(event.description)) {
    lines.push(contentLine('DESCRIPTION', escapeText(event.description)))
  }
  const categories = event.categories.filter((c) => !isBlankText(c)).map(escapeText)
  if (categories.length > 0) lines.push(contentLine('CATEGORIES', categories.join(',')))
  lines.push(contentLine('TRANSP', options.transparency.toUpperCase()))
  if (options.alarms) {
    for (const alarm of event.alarms) {
      // DISPLAY alarms require a non-empty DESCRIPTION: fall back to the title.
      const text = [alarm.description, event.summary].find((t) => !isBlankText(t)) ?? 'snackplan'
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        contentLine('DESCRIPTION', escapeText(text)),
        contentLine('TRIGGER', alarm.minutesBefore === 0 ? 'PT0M' : `-PT${alarm.minutesBefore}M`),
        'END:VALARM',
      )
    }
  }
  lines.push('END:VEVENT')
  return lines
}
