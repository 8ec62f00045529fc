import type { CalendarEvent } from '../event'

/**
 * The parts of an event that was served before which decide its SEQUENCE;
 * with `stamp`, an unchanged event also keeps its DTSTAMP.
 */
export type PreviousEvent = Pick<
  CalendarEvent,
  'uid' | 'start' | 'end' | 'summary' | 'description' | 'sequence'
> & {
  /** The DTSTAMP it was served with; kept while the event does not change. */
  stamp?: string
}

type Content = Pick<CalendarEvent, 'start' | 'end' | 'summary' | 'description'>

/**
 * RFC 5545 SEQUENCE and DTSTAMP for an event at `uid`: sequence 0 when it
 * was never served, the previous value (and stamp, when known) when nothing
 * people see changed, one more (and the new stamp) when it did.
 */
export function nextRevision(
  uid: string,
  content: Content,
  previous: ReadonlyMap<string, PreviousEvent>,
  stamp: string,
): { sequence: number; stamp: string } {
  const before = previous.get(uid)
  if (!before) return { sequence: 0, stamp }
  const same =
    before.start === content.start &&
    before.end === content.end &&
    before.summary === content.summary &&
    before.description === content.description
  return same
    ? { sequence: before.sequence, stamp: before.stamp ?? stamp }
    : { sequence: before.sequence + 1, stamp }
}
