import { formatUtc, formatWall } from './datetime'
import { escapeText } from './escape'
import type { CheckedEvent } from './event-input'
import type { LineMemo } from './line-memo'
import { property } from './lines'
import { wallClock } from './local-time'
import type { ResolvedOptions } from './options'

function dateTime(name: string, ms: number, tzid: string | undefined, memo: LineMemo): string {
  return tzid
    ? memo.zoned(name, tzid, formatWall(wallClock(ms, tzid)))
    : `${name}:${formatUtc(ms)}\r\n`
}

// A DISPLAY alarm requires a non-empty DESCRIPTION: the last resort when
// neither the alarm nor the event has any text.
const FALLBACK_ALARM_TEXT = 'DESCRIPTION:snackplan\r\n'

/**
 * The VEVENT of one checked event as written: folded content lines, each
 * ending with CRLF, built in one pass. `tzid` is the zone to write
 * DTSTART/DTEND in, or `undefined` for UTC.
 */
export function vevent(
  checked: CheckedEvent,
  options: ResolvedOptions,
  tzid: string | undefined,
  memo: LineMemo,
): string {
  const { event } = checked
  // Empty values are left out: libical drops an empty SUMMARY with an error.
  const summary = memo.text('SUMMARY', event.summary)
  let out =
    'BEGIN:VEVENT\r\n' +
    // Every uid is different: remembering them would only cost.
    property('UID', escapeText(event.uid)) +
    `DTSTAMP:${formatUtc(checked.stamp)}\r\n` +
    dateTime('DTSTART', checked.start, tzid, memo) +
    dateTime('DTEND', checked.end, tzid, memo) +
    `SEQUENCE:${event.sequence}\r\n` +
    summary +
    memo.text('DESCRIPTION', event.description)
  let categories = ''
  for (const c of event.categories) {
    const value = memo.value(c)
    if (value !== '') categories += categories === '' ? value : `,${value}`
  }
  if (categories !== '') out += property('CATEGORIES', categories)
  out += options.transparency === 'opaque' ? 'TRANSP:OPAQUE\r\n' : 'TRANSP:TRANSPARENT\r\n'
  if (options.alarms) {
    for (const alarm of event.alarms) {
      // The alarm's own text, else the title, else a fixed word.
      const text =
        memo.text('DESCRIPTION', alarm.description) ||
        (summary === '' ? '' : memo.text('DESCRIPTION', event.summary)) ||
        FALLBACK_ALARM_TEXT
      out +=
        'BEGIN:VALARM\r\nACTION:DISPLAY\r\n' +
        text +
        `TRIGGER:${alarm.minutesBefore === 0 ? 'PT0M' : `-PT${alarm.minutesBefore}M`}\r\n` +
        'END:VALARM\r\n'
    }
  }
  return `${out}END:VEVENT\r\n`
}
