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
  const fits = (s: Slot) => chosen.every((c) => Math.abs(c.epochMs - s.epochMs) >= apart)
  const others = input.spreadFrom ?? []
  const tiers = [...new Set(pool.map((s) => s.priority))]
  for (const tier of tiers) {
    const inTier = pool.filter((s) => s.priority === tier)
    while (chosen.length < input.count) {
      let pick: Slot | undefined
      let pickDistance = -1
      // The instants to spread away from, the same for every slot of this pick.
      const near = [...chosen.map((c) => c.epochMs), ...others]
      for (const s of inTier) {
        if (chosen.includes(s) || !fits(s)) continue
        if (input.order === 'listed') {
          pick = s
          break
        }
        let distance = near.length === 0 ? 0 : Number.POSITIVE_INFINITY
        for (const e of near) distance = Math.min(distance, Math.abs(e - s.epochMs))
        if (distance > pickDistance) {
          pick = s
          pickDistance = distance
        }
      }
      if (!pick) break
      chosen.push(pick)
    }
  }
  return chosen.sort((a, b) => a.epochMs - b.epochMs)
}
