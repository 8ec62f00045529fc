// A span of wall-clock time (a busy block, a calendar event) read as
// instants. The same reading serves profile.busy, plugins' busy blocks and
// busyFromICS, so one wall span is one interval wherever it comes from.
import { MINUTE_MS } from './civil'
import { resolveWallClock } from './zoned'

/** Which end of a span of wall-clock time a bound is. */
export type SpanEnd = 'start' | 'end'

/**
 * The instant a bound of a span of wall-clock time stands for in
 * `timeZone`. `wallMs` is the reading as local fields on a UTC calendar
 * (as in {@link resolveWallClock}).
 *
 * Outside DST gaps this is the RFC 5545 reading of {@link resolveWallClock}
 * (a repeated time is its first occurrence). A reading in a spring-forward
 * gap never shows on the clock and has two readings, one each side of the
 * jump: with the offset after the change (an instant before the jump, as
 * ical.js and libical read it) and with the offset before it (after the
 * jump, RFC 5545 3.3.5). A start takes the earlier, an end the later, so the
 * span holds every reading of it, and a span whose start is before its end
 * on the clock is never empty: busy time can grow on a DST night, never
 * vanish. In Europe/Stockholm on 2027-03-28 (02:00 becomes 03:00 at 01:00Z),
 * 02:30 starts a span at 00:30Z and ends one at 01:30Z.
 *
 * @throws RangeError for an unknown zone.
 */
export function wallSpanBound(wallMs: number, end: SpanEnd, timeZone: string): number {
  const resolved = resolveWallClock(wallMs, timeZone)
  if (resolved.status !== 'gap' || end === 'end') return resolved.epochMs
  // In a gap the RFC instant is after the jump, so its offset is the one after the change.
  return wallMs - resolved.offsetMinutes * MINUTE_MS
}
