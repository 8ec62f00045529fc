import type { Catalog, ExerciseEntry, Setting } from '@snackplan/catalog'
import type { StepDownCause } from '../facts/compute'
import type { Focus } from '../types/plan'
import type { Profile } from '../types/profile'
import type { Safety } from './contraindications'
import { KINDS_FOR_FOCUS, REP_SECONDS } from './settings'

/** What a slot asks of its exercise. */
export interface Wish {
  focus: Focus | undefined
  /** Ids preferred most first (the day's targets, then the trigger's). */
  preferred: readonly string[]
  /** How many of `preferred` (from the day's targets) outrank the focus. */
  strongPreferred: number
  setting: Setting
  discreet: boolean
  /** Work seconds the dose should allow (the day's targets). */
  doseSec: { min: number; max: number }
  /** Work seconds per round the safety bounds allow; entries that cannot fit are skipped. */
  limitSec: { min: number; max: number }
  /** Exercises recent feedback stepped down (pain, too hard, stopped): never chosen as themselves. */
  stepped?: ReadonlyMap<string, StepDownCause>
}

/** The chosen exercise and the rule reasons that came with it. */
export interface Choice {
  entry: ExerciseEntry
  reasons: string[]
}

/**
 * Picks the exercise for one slot. Hard filters: safe for the profile (a
 * substitute stands in for a contraindicated one), fits the day's setting,
 * needs only equipment the person has, not used earlier today. Then scores:
 * preferred ids, focus, discretion at the office, a dose that fits, and
 * variety across the last days; ties go to the seeded PRNG.
 */
export function chooseExercise(
  catalog: Catalog,
  safety: Safety,
  profile: Profile,
  wish: Wish,
  usedToday: ReadonlySet<string>,
  recentUse: ReadonlyMap<string, number>,
  random: () => number,
): Choice | undefined {
  const owned = new Set<string>(profile.equipment)
  const stepped = wish.stepped ?? new Map<string, StepDownCause>()
  const usable = (e: ExerciseEntry | undefined): e is ExerciseEntry =>
    e !== undefined &&
    safety.status.get(e.id)?.state === 'allowed' &&
    !stepped.has(e.id) &&
    e.settings.includes(wish.setting) &&
    e.equipment.every((q) => owned.has(q)) &&
    // A whole dose must fit the safety bounds, not just the seconds range.
    wholeUnits(e, wish.limitSec).lo <= wholeUnits(e, wish.limitSec).hi

  // A preferred exercise that feedback stepped down gives way to the first
  // easier variation that is allowed and was not stepped down itself.
  const resolve = (id: string): { id: string; reasons: string[] } | undefined => {
    const safe = safety.resolve(id)
    if (!safe) return undefined
    const cause = stepped.get(safe.id)
    if (cause === undefined) return safe
    const seen = new Set<string>([safe.id])
    let next = catalog.get(safe.id)?.easier
    while (next !== undefined && !seen.has(next)) {
      seen.add(next)
      if (safety.status.get(next)?.state === 'allowed' && !stepped.has(next))
        return { id: next, reasons: [...safe.reasons, `feedback:${cause}-${safe.id}`] }
      next = catalog.get(next)?.easier
    }
    return undefined
  }
  const preferredReasons = new Map<string, string[]>()
  wish.preferred.forEach((id) => {
    const resolved = resolve(id)
    if (resolved && !preferredReasons.has(resolved.id))
      preferredReasons.set(resolved.id, resolved.reasons)
  })
  const rank = (id: string) => [...preferredReasons.keys()].indexOf(id)

  const score = (e: ExerciseEntry): number => {
    let s = 0
    const r = rank(e.id)
    if (r >= 0) s += r < wish.strongPreferred ? 100 - r * 10 : 20
    if (wish.focus && KINDS_FOR_FOCUS[wish.focus].includes(e.kind)) s += 30
    if (wish.discreet && e.discreet) s += 15
    // Equipment the person owns gets used (a bike, a band): a nudge, less than variety.
    if (e.equipment.length > 0) s += 5
    if (doseFits(e, wish.doseSec)) s += 10
    s -= 6 * (recentUse.get(e.id) ?? 0)
    return s
  }

  const all = catalog.exercises.filter(usable)
  const discreet = all.filter((e) => e.discreet)
  // Discretion at the office is kept when asked, even if it means a repeat.
  const pool = wish.discreet && discreet.length > 0 ? discreet : all
  const fresh = pool.filter((e) => !usedToday.has(e.id))
  const fits = (e: ExerciseEntry) => !wish.focus || KINDS_FOR_FOCUS[wish.focus].includes(e.kind)
  // The day's focus outranks variety: when every exercise of the focus was
  // used today, one is repeated rather than the focus dropped. Small catalogs
  // may run out of unused exercises altogether: repeat rather than skip a snack.
  const candidates = fresh.some(fits)
    ? fresh
    : pool.some(fits)
      ? pool.filter(fits)
      : fresh.length > 0
        ? fresh
        : pool
  if (candidates.length === 0) return undefined
  let best: ExerciseEntry[] = []
  let bestScore = Number.NEGATIVE_INFINITY
  for (const e of candidates) {
    const s = score(e)
    if (s > bestScore) {
      best = [e]
      bestScore = s
    } else if (s === bestScore) best.push(e)
  }
  const entry = best[Math.floor(random() * best.length)]!
  const reasons = [...(preferredReasons.get(entry.id) ?? [])]
  const wanted = wish.preferred[0]
  const resolved = wanted === undefined ? undefined : resolve(wanted)
  if (wanted !== undefined && resolved?.id !== entry.id) {
    // Say why the exercise the rules asked for is not the one chosen.
    const e = resolved && catalog.get(resolved.id)
    const safe = safety.resolve(wanted)
    const why = !e
      ? safe && stepped.has(safe.id)
        ? 'feedback'
        : 'excluded'
      : !e.settings.includes(wish.setting)
        ? 'setting'
        : !e.equipment.every((q) => owned.has(q))
          ? 'equipment'
          : !doseFits(e, wish.limitSec)
            ? 'dose-bounds'
            : wish.discreet && !e.discreet && discreet.length > 0
              ? 'discreet'
              : usedToday.has(e.id)
                ? 'used-today'
                : 'focus-or-variety'
    reasons.push(`exercise:${why}-not-${wanted}`)
  }
  return { entry, reasons }
}

/** Seconds one unit of the entry's dose takes, per round (sides counted). */
export function secondsPerUnit(e: ExerciseEntry, repSeconds: number): number {
  return (e.dose.unit === 'reps' ? repSeconds : 1) * (e.dose.perSide ? 2 : 1)
}

/**
 * The doses (in the entry's unit) whose work seconds lie inside `range`;
 * empty (`lo > hi`) when no whole dose does.
 */
export function wholeUnits(
  e: ExerciseEntry,
  range: { min: number; max: number },
): { lo: number; hi: number } {
  const k = secondsPerUnit(e, REP_SECONDS)
  return {
    lo: Math.max(e.dose.min, Math.ceil(range.min / k)),
    hi: Math.min(e.dose.max, Math.floor(range.max / k)),
  }
}

function doseFits(e: ExerciseEntry, range: { min: number; max: number }): boolean {
  const k = secondsPerUnit(e, REP_SECONDS)
  return e.dose.max * k >= range.min && e.dose.min * k <= range.max
}
