import type { Candidate } from './candidates'
import { frameToEpoch } from './window'

/** An instant range `[start, end)` in epoch ms. */
export interface Interval {
  start: number
  end: number
}

/** What slot selection needs to know about the day. */
export interface SelectInput {
  candidates: readonly Candidate[]
  count: number
  minGapMin: number
  date: string
  timeZone: string
  /** Wake, minutes after the day's midnight. */
  wakeMin: number
  /** Bed, minutes after the day's midnight (past 1440 on a night shift). */
  bedMin: number
  /** Upper bound of an item's length (warm-up + rounds + rests, or its calendar slot), in seconds. */
  spanSec: number
  /** Time that must stay free: busy blocks and items already placed. */
  busy: readonly Interval[]
  /** Starts of items already placed, which new slots are spread away from. */
  spreadFrom?: readonly number[]
  /**
   * `spread` (default): within a priority, the slot farthest from those
   * already chosen wins. `listed`: the candidates' own order wins (a rule
   * that lists times in order of preference).
   */
  order?: 'spread' | 'listed'
  /**
   * Instants already resolved, by frame minute, for this `date` and
   * `timeZone` only: one day's selections share it. Filled as it goes.
   */
  instants?: Map<number, number>
}

/** A chosen slot: the candidate plus its instant. */
export interface Slot extends Candidate {
  epochMs: number
}

/**
 * Picks up to `count` slots. A candidate is usable when the whole item fits
 * in wake..bed and overlaps no busy block. Higher-priority triggers are
 * served first; within a priority the slot farthest from those already
 * chosen wins (earliest on ties), which spreads items over the day. Slots
 * closer than `minGapMin` to a chosen one are skipped.
 */
export function selectSlots(input: SelectInput): Slot[] {
  // Each usable minute once, with its best candidate (the first of the
  // highest priority, wherever in the list it came) and its instant, kept in
  // arrays by the order its first candidate was listed: a day asks this
  // four or five times, so no object is made for a candidate that is not
  // chosen.
  const best: Candidate[] = []
  const epochs: number[] = []
  const indexOf = new Map<number, number>()
  // Several triggers often propose one minute; its instant is resolved once.
  const instants = input.instants ?? new Map<number, number>()
  const spanMs = input.spanSec * 1000
  for (let i = 0; i < input.candidates.length; i++) {
    const c = input.candidates[i]!
    const endMin = c.minute + input.spanSec / 60
    if (c.minute < input.wakeMin || endMin > input.bedMin) continue
    let epochMs = instants.get(c.minute)
    if (epochMs === undefined) {
      epochMs = frameToEpoch(input.date, c.minute, input.timeZone)
      instants.set(c.minute, epochMs)
    }
    if (overlapsAny(input.busy, epochMs, epochMs + spanMs)) continue
    const seen = indexOf.get(c.minute)
    if (seen === undefined) {
      indexOf.set(c.minute, best.length)
      best.push(c)
      epochs.push(epochMs)
    } else if (c.priority > best[seen]!.priority) best[seen] = c
  }
  // The order slots are offered in: by priority, then by minute (spread)
  // or as listed (the sort is stable). Equal priorities sit together, one
  // tier after another.
  const order = best.map((_, i) => i)
  order.sort(
    input.order === 'listed'
      ? (a, b) => best[b]!.priority - best[a]!.priority
      : (a, b) => best[b]!.priority - best[a]!.priority || best[a]!.minute - best[b]!.minute,
  )
  const chosen: Slot[] = []
  const chosenAt: number[] = []
  // Starts at least the gap apart, and never inside another item's span
  // (a long snack with rounds and rests can outlast the gap).
  const apart = Math.max(input.minGapMin * 60_000, spanMs, 1)
  const others = input.spreadFrom ?? []
  const listedOrder = input.order === 'listed'
  // Per offered slot, the distance to the nearest chosen start (a slot fits
  // when it is at least `apart`; a chosen slot's own is 0) and to the
  // nearest start to spread away from (chosen or placed before), kept up to
  // date as picks are made instead of measured again for every pick.
  const fromChosen: number[] = []
  const fromNear: number[] = []
  let first = 0
  while (first < order.length && chosen.length < input.count) {
    const tier = best[order[first]!]!.priority
    // Past the first slot at once: a tier is never empty, whatever its priority.
    let last = first + 1
    while (last < order.length && best[order[last]!]!.priority === tier) last++
    for (let k = first; k < last; k++) {
      const epochMs = epochs[order[k]!]!
      fromChosen[k] = nearest(epochMs, chosenAt)
      fromNear[k] = Math.min(fromChosen[k]!, nearest(epochMs, others))
    }
    while (chosen.length < input.count) {
      // The fitting slot farthest from its nearest start, the first on ties
      // (all are equally far when there is nothing to spread from); in listed
      // order the first that fits.
      let pick = -1
      for (let k = first; k < last; k++) {
        if (fromChosen[k]! < apart) continue
        if (pick === -1 || fromNear[k]! > fromNear[pick]!) pick = k
        if (listedOrder) break
      }
      if (pick === -1) break
      const c = best[order[pick]!]!
      const epochMs = epochs[order[pick]!]!
      chosen.push({
        minute: c.minute,
        rule: c.rule,
        priority: c.priority,
        params: c.params,
        item: c.item,
        epochMs,
      })
      chosenAt.push(epochMs)
      for (let k = first; k < last; k++) {
        const d = Math.abs(epochs[order[k]!]! - epochMs)
        if (d < fromChosen[k]!) fromChosen[k] = d
        if (d < fromNear[k]!) fromNear[k] = d
      }
    }
    first = last
  }
  return chosen.sort((a, b) => a.epochMs - b.epochMs)
}

/** Whether `[start, end)` overlaps any of `intervals`. */
function overlapsAny(intervals: readonly Interval[], start: number, end: number): boolean {
  for (let i = 0; i < intervals.length; i++) {
    const b = intervals[i]!
    if (b.start < end && start < b.end) return true
  }
  return false
}

/** The distance from `at` to the nearest of `starts`; infinite when there are none. */
function nearest(at: number, starts: readonly number[]): number {
  let distance = Number.POSITIVE_INFINITY
  for (let i = 0; i < starts.length; i++) {
    const d = Math.abs(starts[i]! - at)
    if (d < distance) distance = d
  }
  return distance
}
