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
  const byMinute = new Map<number, Slot>()
  // Minutes in the order their first candidate was listed.
  const listed: number[] = []
  // Several triggers often propose one minute; its instant is resolved once.
  const instants = input.instants ?? new Map<number, number>()
  for (const c of input.candidates) {
    const endMin = c.minute + input.spanSec / 60
    if (c.minute < input.wakeMin || endMin > input.bedMin) continue
    let epochMs = instants.get(c.minute)
    if (epochMs === undefined) {
      epochMs = frameToEpoch(input.date, c.minute, input.timeZone)
      instants.set(c.minute, epochMs)
    }
    const end = epochMs + input.spanSec * 1000
    if (input.busy.some((b) => b.start < end && epochMs < b.end)) continue
    const seen = byMinute.get(c.minute)
    // Only the first candidate of the highest priority at a minute is kept.
    if (seen && c.priority <= seen.priority) continue
    const slot: Slot = {
      minute: c.minute,
      rule: c.rule,
      priority: c.priority,
      params: c.params,
      item: c.item,
      epochMs,
    }
    if (!seen) listed.push(c.minute)
    byMinute.set(c.minute, slot)
  }
  // Each minute is offered once, with its best candidate (the first of the
  // highest priority), wherever in the list that candidate came.
  const pool =
    input.order === 'listed'
      ? listed.map((m) => byMinute.get(m)!).sort((a, b) => b.priority - a.priority)
      : [...byMinute.values()].sort((a, b) => b.priority - a.priority || a.minute - b.minute)
  const chosen: Slot[] = []
  const gapMs = input.minGapMin * 60_000
  // Starts at least the gap apart, and never inside another item's span
  // (a long snack with rounds and rests can outlast the gap).
  const apart = Math.max(gapMs, input.spanSec * 1000, 1)
  const others = input.spreadFrom ?? []
  const listedOrder = input.order === 'listed'
  const tiers = [...new Set(pool.map((s) => s.priority))]
  for (const tier of tiers) {
    if (chosen.length >= input.count) break
    const inTier = pool.filter((s) => s.priority === tier)
    // Per slot of the tier, the distance to the nearest chosen start (a slot
    // fits when it is at least `apart`; a chosen slot's own is 0) and to the
    // nearest start to spread away from (chosen or placed before), kept up
    // to date as picks are made instead of measured again for every pick.
    const fromChosen = inTier.map((s) => nearest(s.epochMs, chosen, (c) => c.epochMs))
    const fromNear = inTier.map((s, i) =>
      Math.min(
        fromChosen[i]!,
        nearest(s.epochMs, others, (e) => e),
      ),
    )
    while (chosen.length < input.count) {
      // The fitting slot farthest from its nearest start, the first on ties
      // (all are equally far when there is nothing to spread from); in listed
      // order the first that fits.
      let best = -1
      for (let i = 0; i < inTier.length; i++) {
        if (fromChosen[i]! < apart) continue
        if (best === -1 || fromNear[i]! > fromNear[best]!) best = i
        if (listedOrder) break
      }
      if (best === -1) break
      const pick = inTier[best]!
      chosen.push(pick)
      for (let i = 0; i < inTier.length; i++) {
        const d = Math.abs(inTier[i]!.epochMs - pick.epochMs)
        if (d < fromChosen[i]!) fromChosen[i] = d
        if (d < fromNear[i]!) fromNear[i] = d
      }
    }
  }
  return chosen.sort((a, b) => a.epochMs - b.epochMs)
}

/** The distance from `at` to the nearest of `items` (by `epochOf`); infinite when there are none. */
function nearest<T>(at: number, items: readonly T[], epochOf: (item: T) => number): number {
  let distance = Number.POSITIVE_INFINITY
  for (const item of items) distance = Math.min(distance, Math.abs(epochOf(item) - at))
  return distance
}
