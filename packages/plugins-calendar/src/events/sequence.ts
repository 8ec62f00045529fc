import type { CalendarEvent } from '../event'

/** The parts of an event that was served before which decide its SEQUENCE. */
export type PreviousEvent = Pick<
  CalendarEvent,
  'uid' | 'start' | 'end' | 'summary' | 'description' | 'sequence'
>

type Content = Pick<CalendarEvent, 'start' | 'end' | 'summary' | 'description'>

/**
 * RFC 5545 SEQUENCE for an event at `uid`: 0 when it was never served, the
 * previous value when nothing people see changed, one more when it did.
 */
export function nextSequence(
  uid: string,
  content: Content,
  previous: ReadonlyMap<string, PreviousEvent>,
): number {
  const before = previous.get(uid)
  if (!before) return 0
  const same =
    before.start === content.start &&
    before.end === content.end &&
    before.summary === content.summary &&
    before.description === content.description
  return same ? before.sequence : before.sequence + 1
}
