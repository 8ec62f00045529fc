// A busy block is a span of the person's wall clock, read by the engine's
// wallSpanBound: on a spring-forward day a bound in the gap (02:00-03:00 in
// Stockholm) starts the block with the offset after the change and ends it
// with the offset before it, so "02:30 to 03:30" keeps 01:30+01:00 to
// 03:30+02:00 free: every reading of the block, and the same interval a
// calendar event with those times gets from busyFromICS.
// Direct imports rather than '../time': checking a profile should not load rrule.
import { readDateTime } from '../time/parse'
import { type SpanEnd, wallSpanBound } from '../time/span'

/** The instants a busy block covers, and whether its ends are in order. */
export interface BusySpan {
  /** Epoch ms of the first instant covered. */
  start: number
  /** Epoch ms just after the last instant covered; never before `start`. */
  end: number
  /**
   * False when the block ends before it starts, or as it starts: an error for
   * the caller to report. Local bounds are ordered on the wall clock.
   */
  ordered: boolean
}

/**
 * Reads a busy block (`profile.busy` or a plugin's `busy`) in `timeZone`.
 * Bounds with `Z` or an offset are instants; local bounds follow the DST
 * policy of docs/time-zones.md, read as the ends of a span (`wallSpanBound`):
 * a bound in a spring-forward gap widens the block, never empties it.
 *
 * @param path - JSON pointer of the block, e.g. `/busy/0`.
 * @throws SnackplanError `time/invalid-datetime` or `time/invalid-time-zone`, at `<path>/start` or `<path>/end`.
 */
export function busySpan(start: string, end: string, timeZone: string, path: string): BusySpan {
  const from = busyInstant(start, 'start', timeZone, `${path}/start`)
  const to = busyInstant(end, 'end', timeZone, `${path}/end`)
  // Both local: the wall clock orders them (a gap can widen a block, never reverse it).
  const ordered = from.local && to.local ? from.wallMs < to.wallMs : from.epochMs < to.epochMs
  return { start: from.epochMs, end: Math.max(from.epochMs, to.epochMs), ordered }
}

/** Whether local bound `start` is before `end` on the wall clock (seconds default to `:00`). */
export function wallOrdered(start: string, end: string): boolean {
  const wall = (text: string) => (text.length === 16 ? `${text}:00` : text)
  return wall(start) < wall(end)
}

// One bound, parsed once and resolved once.
function busyInstant(text: string, end: SpanEnd, timeZone: string, path: string) {
  const { wallMs, offsetMs } = readDateTime(text, timeZone, path)
  const local = offsetMs === undefined
  const epochMs = local ? wallSpanBound(wallMs, end, timeZone) : wallMs - offsetMs
  return { wallMs, local, epochMs }
}
