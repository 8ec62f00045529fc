// A busy block is a span of the person's wall clock. On a spring-forward day
// part of that span never shows on the clock (02:00-03:00 in Stockholm), and
// RFC 5545 3.3.5 reads a time in the gap with the offset before it, so 02:30
// becomes 03:30 after the change: the block "02:30 to 03:30" would be read as
// 03:30 to 03:30 and look as if it ended before it starts. The person is busy
// for every instant whose clock reading lies between the two ends, so a bound
// in the gap stands for the moment the clock jumps: the block above covers
// 03:00-03:30 after the change, and a block wholly inside the gap covers nothing.
// Direct imports rather than '../time': checking a profile should not load rrule.
import { DAY_MS, MINUTE_MS } from '../time/civil'
import { toDayNumber } from '../time/dates'
import { offsetMinutesAt } from '../time/offset'
import { parseDateTimeInZone } from '../time/parse'
import { resolveWallClock } from '../time/zoned'

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d\d):(\d\d)(?::(\d\d))?$/

/** The instants a busy block covers, and whether its ends are in order. */
export interface BusySpan {
  /** Epoch ms of the first instant covered. */
  start: number
  /** Epoch ms just after the last instant covered; equal to `start` for a block wholly in a DST gap. */
  end: number
  /**
   * False when the block ends before it starts, or when it ends as it starts
   * without lying in a DST gap: an error for the caller to report.
   */
  ordered: boolean
}

/**
 * Reads a busy block (`profile.busy` or a plugin's `busy`) in `timeZone`.
 * Bounds with `Z` or an offset are instants; local bounds follow the DST
 * policy of docs/time-zones.md, except that a bound in a spring-forward gap
 * stands for the instant of the change (see the comment above).
 *
 * @param path - JSON pointer of the block, e.g. `/busy/0`.
 * @throws SnackplanError `time/invalid-datetime` or `time/invalid-time-zone`, at `<path>/start` or `<path>/end`.
 */
export function busySpan(start: string, end: string, timeZone: string, path: string): BusySpan {
  const from = busyInstant(start, timeZone, `${path}/start`)
  const to = busyInstant(end, timeZone, `${path}/end`)
  // Both local: the wall clock orders them (the reading above never reverses
  // it, only joins the ends of a block that lies in a gap).
  const local = LOCAL.test(start) && LOCAL.test(end)
  const ordered = local ? wallOrdered(start, end) : from < to
  return { start: from, end: Math.max(from, to), ordered }
}

/** Whether local bound `start` is before `end` on the wall clock (seconds default to `:00`). */
export function wallOrdered(start: string, end: string): boolean {
  const wall = (text: string) => (text.length === 16 ? `${text}:00` : text)
  return wall(start) < wall(end)
}

function busyInstant(text: string, timeZone: string, path: string): number {
  const epochMs = parseDateTimeInZone(text, timeZone, path)
  const m = LOCAL.exec(text)
  if (!m) return epochMs
  const wallMs =
    toDayNumber(m[1] as string) * DAY_MS +
    (Number(m[2]) * 60 + Number(m[3])) * MINUTE_MS +
    Number(m[4] ?? 0) * 1000
  if (resolveWallClock(wallMs, timeZone).status !== 'gap') return epochMs
  return changeInstant(wallMs, timeZone)
}

/**
 * The instant the clock jumps over `wallMs`, a reading in a gap: read with
 * the offset after the change it is an instant before the change, read with
 * the offset before it one after, so the change lies between them. Found to
 * the second by halving (a gap is at most a few hours: a dozen steps).
 */
function changeInstant(wallMs: number, timeZone: string): number {
  const after = offsetMinutesAt(wallMs + DAY_MS, timeZone)
  const before = offsetMinutesAt(wallMs - DAY_MS, timeZone)
  let lo = wallMs - after * MINUTE_MS // still on the old offset
  let hi = wallMs - before * MINUTE_MS // already on the new one
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000
    if (offsetMinutesAt(mid, timeZone) === before) lo = mid
    else hi = mid
  }
  return hi
}
