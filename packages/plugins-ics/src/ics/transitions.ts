import { exactOffsetMinutesAt as offsetMinutesAt } from './offset'

/** One change of a zone's UTC offset: at `at` (epoch ms) it goes from `from` to `to` minutes. */
export interface Transition {
  at: number
  from: number
  to: number
}

const DAY = 86_400_000
const SECOND = 1000

/**
 * Every offset change of `timeZone` in `[startMs, endMs)`, found by stepping a
 * day at a time and narrowing each change to the second by binary search.
 * Offsets only change on whole seconds, and no zone changes twice within a
 * day and back, so daily steps miss nothing.
 */
export function findTransitions(timeZone: string, startMs: number, endMs: number): Transition[] {
  const out: Transition[] = []
  let t = startMs
  let before = offsetMinutesAt(t, timeZone)
  while (t < endMs) {
    const next = Math.min(t + DAY, endMs)
    const after = offsetMinutesAt(next, timeZone)
    if (after === before) {
      t = next
      continue
    }
    // Invariant: offset(lo) === before, offset(hi) !== before.
    let lo = t
    let hi = next
    while (hi - lo > SECOND) {
      const mid = lo + Math.floor((hi - lo) / 2 / SECOND) * SECOND
      if (offsetMinutesAt(mid, timeZone) === before) lo = mid
      else hi = mid
    }
    const to = offsetMinutesAt(hi, timeZone)
    out.push({ at: hi, from: before, to })
    t = hi
    before = to
  }
  return out
}
