// A span of wall-clock time (a busy block, a calendar event) read as
// instants. The same reading serves profile.busy, plugins' busy blocks and
// busyFromICS, so one wall span is one interval wherever it comes from;
// only where the zone's offsets come from differs (Intl for an IANA name,
// a VTIMEZONE's list of changes in plugins-calendar).
import { DAY_MS, MINUTE_MS } from './civil'
import { offsetMinutesAt } from './offset'
import type { LocalTimeStatus } from './zoned'

/** Which end of a span of wall-clock time a bound is. */
export type SpanEnd = 'start' | 'end'

/**
 * A zone's UTC offset in milliseconds at an instant (epoch ms), east
 * positive: 3_600_000 for Europe/Stockholm in winter.
 */
export type OffsetAt = (epochMs: number) => number

/**
 * The RFC 5545 reading of a wall clock with offsets from `offsetAt`: the
 * instant (a repeated time is its first occurrence, a time in a gap takes
 * the offset before the gap), whether the reading was unique, in a gap or
 * repeated, and the offset at that instant. Asks `offsetAt` a day either
 * side of the reading and at the instants it may stand for, so it assumes
 * what {@link spanBound} says.
 */
export function readWallClock(
  wallMs: number,
  offsetAt: OffsetAt,
): { epochMs: number; status: LocalTimeStatus; offsetMs: number } {
  const before = offsetAt(wallMs - DAY_MS)
  const after = offsetAt(wallMs + DAY_MS)
  // A reading stands for each instant that shows it, one per offset.
  const atBefore = offsetAt(wallMs - before)
  const showsBefore = atBefore === before
  const showsAfter = after !== before && offsetAt(wallMs - after) === after
  if (!showsBefore && !showsAfter) {
    const epochMs = wallMs - before
    const between = atBefore
    // A lookup that changes twice within the two days (a one-off shift of a
    // few hours) may show the reading with the offset in between.
    if (between !== before && between !== after && offsetAt(wallMs - between) === between)
      return { epochMs: wallMs - between, status: 'unique', offsetMs: between }
    // RFC 5545 3.3.5: a time in the gap is read with the offset before the gap.
    return { epochMs, status: 'gap', offsetMs: between }
  }
  const repeated = showsBefore && showsAfter
  // A repeated time takes the first occurrence: the earlier instant, the larger offset.
  const offsetMs = repeated ? Math.max(before, after) : showsBefore ? before : after
  return { epochMs: wallMs - offsetMs, status: repeated ? 'repeated' : 'unique', offsetMs }
}

/**
 * The instant a bound of a span of wall-clock time stands for, with the
 * zone's offsets from `offsetAt`: the reading {@link wallSpanBound} gives
 * for an IANA zone, for a zone given by any offset lookup (plugins-calendar
 * reads a VTIMEZONE's list of changes with it). `wallMs` is the reading as
 * local fields on a UTC calendar.
 *
 * A repeated reading is its first occurrence (RFC 5545 3.3.5). A reading
 * in a spring-forward gap starts a span at its earlier reading (with the
 * offset after the change) and ends one at its later (with the offset
 * before it, as 3.3.5 reads it).
 *
 * Assumes the offset changes at most once between `wallMs` less a day and
 * `wallMs` plus a day (read as instants), and that offsets are less than a
 * day: `offsetAt` is asked only at those two instants and at the one or two
 * instants the reading may stand for. Every IANA zone keeps to that since
 * 1970. A lookup that changes twice within those two days (a one-off
 * shift of a few hours) is read with the offset in between too, so a
 * reading that shows once is that instant; in any lookup a span's start
 * is never after its end for one reading.
 *
 * @throws RangeError when `wallMs` or an offset the lookup gives is not a
 * finite number.
 *
 * @example
 * ```ts
 * // Stockholm skips 02:00-03:00 on 2027-03-28 (+01:00 -> +02:00 at 01:00Z).
 * const offsetAt = (ms: number) => (ms < Date.UTC(2027, 2, 28, 1) ? 3_600_000 : 7_200_000)
 * const wall = Date.UTC(2027, 2, 28, 2, 30)
 * spanBound(wall, 'start', offsetAt) === Date.UTC(2027, 2, 28, 0, 30)
 * spanBound(wall, 'end', offsetAt) === Date.UTC(2027, 2, 28, 1, 30)
 * ```
 */
export function spanBound(wallMs: number, end: SpanEnd, offsetAt: OffsetAt): number {
  if (!Number.isFinite(wallMs)) throw new RangeError(`not a wall-clock time: ${wallMs}`)
  const read = readWallClock(wallMs, offsetAt)
  if (!Number.isFinite(read.epochMs) || !Number.isFinite(read.offsetMs)) {
    throw new RangeError(`the offset lookup gave no offset near ${new Date(wallMs).toISOString()}`)
  }
  if (read.status !== 'gap') return read.epochMs
  // A gap reading stands for two instants, one with each offset of the jump
  // (read.epochMs, RFC 5545's, with the offset before; the other with the
  // one after): a start takes the earlier, an end the later.
  const other = wallMs - read.offsetMs
  return end === 'end' ? Math.max(read.epochMs, other) : Math.min(read.epochMs, other)
}

/**
 * The offsets {@link offsetMinutesAt} gives for `timeZone`, in whole
 * minutes, as an {@link OffsetAt}: the lookup the engine reads IANA zones
 * with.
 */
export function intlOffsetAt(timeZone: string): OffsetAt {
  return (epochMs) => offsetMinutesAt(epochMs, timeZone) * MINUTE_MS
}

/**
 * The instant a bound of a span of wall-clock time stands for in
 * `timeZone`: {@link spanBound} with the zone's offsets from Intl (in whole
 * minutes). `wallMs` is the reading as local fields on a UTC calendar (as
 * in `resolveWallClock`).
 *
 * Outside DST gaps this is the RFC 5545 reading of `resolveWallClock`
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
  return spanBound(wallMs, end, intlOffsetAt(timeZone))
}
