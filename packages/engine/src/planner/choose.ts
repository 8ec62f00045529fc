import type { Catalog, ExerciseEntry, Impact, Setting } from '@snackplan/catalog'
import type { StepDownCause } from '../facts/compute'
import type { Focus } from '../types/plan'
import type { Profile } from '../types/profile'
import type { Safety } from './contraindications'
import { KINDS_FOR_FOCUS, REP_SECONDS } from './settings'

/** An exercise a rule asked for. */
export interface Preference {
  /** The catalog id asked for. */
  id: string
  /**
   * Strong preferences (the day's `exercises`, a slot's `exercises`) outrank
   * the focus; a weak one (a slot's single `exercise`) is a nudge.
   */
  strong: boolean
  /** The rule that asked for it. */
  rule: string
}

/** What a slot asks of its exercise. */
export interface Wish {
  focus: Focus | undefined
  /** Exercises asked for, most wanted first. */
  preferred: readonly Preference[]
  setting: Setting
  discreet: boolean
  /** Work seconds the dose should allow (the day's targets). */
  doseSec: { min: number; max: number }
  /** Work seconds per round the safety bounds allow; entries that cannot fit are skipped. */
  limitSec: { min: number; max: number }
  /** Exercises recent feedback stepped down (pain, too hard, stopped): never chosen as themselves. */
  stepped?: ReadonlyMap<string, StepDownCause>
  /** The day's highest joint impact (the starter week keeps to low impact). */
  maxImpact?: Impact
}

/** The chosen exercise, the rule reasons that came with it and the preference it answers. */
export interface Choice {
  entry: ExerciseEntry
  reasons: string[]
  /** The first preference of the wish, when there was one (chosen or not). */
  asked?: Preference
}

const IMPACT_RANK: Record<Impact, number> = { none: 0, low: 1, high: 2 }

/**
 * Picks the exercise for one slot. Hard filters: safe for the profile (a
 * substitute stands in for a contraindicated one), fits the day's setting and
 * impact ceiling, needs only equipment the person has, not stepped down by
 * feedback, a whole dose fits the safety bounds and (when any does) the day's
 * target, not used earlier today. Then scores: preferred ids, focus,
 * discretion at the office, owned equipment, and variety across the last
 * days; ties go to the seeded PRNG.
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
  const maxImpact = IMPACT_RANK[wish.maxImpact ?? 'high']
  const lowEnough = (e: ExerciseEntry) => IMPACT_RANK[e.impact] <= maxImpact
  const usable = (e: ExerciseEntry | undefined): e is ExerciseEntry =>
    e !== undefined &&
    safety.status.get(e.id)?.state === 'allowed' &&
    !stepped.has(e.id) &&
    lowEnough(e) &&
    e.settings.includes(wish.setting) &&
    e.equipment.every((q) => owned.has(q)) &&
    // A whole dose must fit the safety bounds, not just the seconds range.
    wholeUnits(e, wish.limitSec).lo <= wholeUnits(e, wish.limitSec).hi

  // A preferred exercise that feedback stepped down, or that is above the
  // day's impact ceiling, gives way to the first easier variation that is
  // allowed, low enough and not stepped down itself; the reason says which.
  const resolve = (id: string): { id: string; reasons: string[] } | undefined => {
    const safe = safety.resolve(id)
    if (!safe) return undefined
    const first = catalog.get(safe.id)
    if (!first || (!stepped.has(first.id) && lowEnough(first))) return safe
    const cause = stepped.get(first.id)
    const why =
      cause === undefined ? `exercise:impact-not-${first.id}` : `feedback:${cause}-${first.id}`
    const seen = new Set<string>([first.id])
    let next = first.easier === undefined ? undefined : catalog.get(first.easier)
    while (next && !seen.has(next.id)) {
      seen.add(next.id)
      if (
        safety.status.get(next.id)?.state === 'allowed' &&
        !stepped.has(next.id) &&
        lowEnough(next)
      )
        return { id: next.id, reasons: [...safe.reasons, why] }
      next = next.easier === undefined ? undefined : catalog.get(next.easier)
    }
    return undefined
  }

  // Each resolved id keeps its strongest, earliest preference.
  const wanted = new Map<string, { strongRank: number; reasons: string[] }>()
  let strongCount = 0
  for (const p of wish.preferred) {
    const resolved = resolve(p.id)
    if (!resolved || wanted.has(resolved.id)) continue
    wanted.set(resolved.id, {
      strongRank: p.strong ? strongCount++ : -1,
      reasons: resolved.reasons,
    })
  }

  const score = (e: ExerciseEntry): number => {
    let s = 0
    const w = wanted.get(e.id)
    if (w) s += w.strongRank >= 0 ? 100 - w.strongRank * 10 : 20
    if (wish.focus && KINDS_FOR_FOCUS[wish.focus].includes(e.kind)) s += 30
    if (wish.discreet && e.discreet) s += 15
    // Equipment the person owns gets used (a bike, a band): a nudge, less than variety.
    if (e.equipment.length > 0) s += 5
    s -= 6 * (recentUse.get(e.id) ?? 0)
    return s
  }

  const safe = catalog.exercises.filter(usable)
  // The day's dose target is a hard filter when anything can meet it (a
  // 30-45 s day gets no 60 s walk), else the safe range decides.
  const dosed = safe.filter((e) => doseFits(e, wish.doseSec))
  const all = dosed.length > 0 ? dosed : safe
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
  const reasons = [...(wanted.get(entry.id)?.reasons ?? [])]
  const asked = wish.preferred[0]
  if (asked === undefined) return { entry, reasons }
  const resolved = resolve(asked.id)
  if (resolved?.id !== entry.id) {
    // Say why the exercise the rules asked for is not the one chosen.
    const e = resolved && catalog.get(resolved.id)
    const firstSafe = safety.resolve(asked.id)
    const firstEntry = firstSafe && catalog.get(firstSafe.id)
    const why = !e
      ? firstSafe && stepped.has(firstSafe.id)
        ? 'feedback'
        : firstEntry && !lowEnough(firstEntry)
          ? 'impact'
          : 'excluded'
      : !e.settings.includes(wish.setting)
        ? 'setting'
        : !e.equipment.every((q) => owned.has(q))
          ? 'equipment'
          : !doseFits(e, wish.limitSec)
            ? 'dose-bounds'
            : !doseFits(e, wish.doseSec) && dosed.length > 0
              ? 'dose-target'
              : wish.discreet && !e.discreet && discreet.length > 0
                ? 'discreet'
                : usedToday.has(e.id)
                  ? 'used-today'
                  : 'focus-or-variety'
    reasons.push(`exercise:${why}-not-${asked.id}`)
  }
  return { entry, reasons, asked }
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
