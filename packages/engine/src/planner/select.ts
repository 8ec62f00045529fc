import { localToEpoch } from '../time'
import type { Candidate } from './candidates'

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
  wakeMin: number
  bedMin: number
  /** Upper bound of a snack's length (warm-up + rounds + rests), in seconds. */
  spanSec: number
  busy: readonly Interval[]
}

/** A chosen slot: the candidate plus its instant. */
export interface Slot extends Candidate {
  epochMs: number
}

/**
 * Picks up to `count` slots. A candidate is usable when the whole snack fits
 * in wake..bed and overlaps no busy block. Higher-priority triggers are
 * served first; within a priority the slot farthest from those already
 * chosen wins (earliest on ties), which spreads snacks over the day. Slots
 * closer than `minGapMin` to a chosen one are skipped.
 */
export function selectSlots(input: SelectInput): Slot[] {
  const byMinute = new Map<number, Slot>()
  for (const c of input.candidates) {
    const endMin = c.minute + input.spanSec / 60
    if (c.minute < input.wakeMin || endMin > input.bedMin || c.minute >= 1440) continue
    const epochMs = localToEpoch(input.date, c.minute, input.timeZone)
    const end = epochMs + input.spanSec * 1000
    if (input.busy.some((b) => b.start < end && epochMs < b.end)) continue
    const seen = byMinute.get(c.minute)
    if (!seen || c.priority > seen.priority) byMinute.set(c.minute, { ...c, epochMs })
  }
  const pool = [...byMinute.values()].sort((a, b) => b.priority - a.priority || a.minute - b.minute)
  const chosen: Slot[] = []
  const gapMs = input.minGapMin * 60_000
  // Starts at least the gap apart, and never inside another snack's span
  // (a long snack with rounds and rests can outlast the gap).
  const apart = Math.max(gapMs, input.spanSec * 1000, 1)
  const fits = (s: Slot) => chosen.every((c) => Math.abs(c.epochMs - s.epochMs) >= apart)
  const tiers = [...new Set(pool.map((s) => s.priority))]
  for (const tier of tiers) {
    const inTier = pool.filter((s) => s.priority === tier)
    while (chosen.length < input.count) {
      let best: Slot | undefined
      let bestDistance = -1
      for (const s of inTier) {
        if (chosen.includes(s) || !fits(s)) continue
        const distance =
          chosen.length === 0 ? 0 : Math.min(...chosen.map((c) => Math.abs(c.epochMs - s.epochMs)))
        if (distance > bestDistance) {
          best = s
          bestDistance = distance
        }
      }
      if (!best) break
      chosen.push(best)
    }
  }
  return chosen.sort((a, b) => a.epochMs - b.epochMs)
}
