import type { CalendarEvent } from '@snackplan/plugins-calendar'
import { cleanText } from '../../src/ics/escape'
import type { ParsedEvent } from './parsers'

/** What any correct parser must read back for `events`, sorted by uid. */
export function expectedEvents(events: readonly CalendarEvent[]): ParsedEvent[] {
  return events
    .map((e) => ({
      uid: e.uid,
      start: Date.parse(e.start),
      end: Date.parse(e.end),
      summary: cleanText(e.summary),
      description: cleanText(e.description),
    }))
    .sort(byUid)
}

/** Orders parsed events by uid so parsers that key by uid compare equal. */
export function byUid(a: { uid: string }, b: { uid: string }): number {
  return a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0
}
