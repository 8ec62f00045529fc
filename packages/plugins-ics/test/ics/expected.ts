import type { CalendarEvent } from '@snackplan/plugins-calendar'
import { cleanText, isBlankText } from '../../src/ics/escape'
import type { ParsedEvent } from './parsers'

// Blank text is left out of the file, so a parser reads it as empty.
const readBack = (text: string): string => (isBlankText(text) ? '' : cleanText(text))

/** What any correct parser must read back for `events`, sorted by uid. */
export function expectedEvents(events: readonly CalendarEvent[]): ParsedEvent[] {
  return events
    .map((e) => ({
      uid: e.uid,
      start: Date.parse(e.start),
      end: Date.parse(e.end),
      summary: readBack(e.summary),
      description: readBack(e.description),
    }))
    .sort(byUid)
}

/** Orders parsed events by uid so parsers that key by uid compare equal. */
export function byUid(a: { uid: string }, b: { uid: string }): number {
  return a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0
}
