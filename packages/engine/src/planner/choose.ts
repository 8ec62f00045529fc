import type { Catalog, ExerciseEntry, ExerciseKind, Impact, Setting } from '@snackplan/catalog'
import type { StepDownCause } from '../facts/compute'
import type { Focus, SnackReason } from '../types/plan'
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
  /** Work seconds the slot's own rule asks for, which an exercise may fit instead. */
  askedSec?: number
  /** Work seconds per round the safety bounds allow; entries that cannot fit are skipped. */
  limitSec: { min: number; max: number }
  /** The kinds this item may be (snacks: efforts; pauses: mobility and breathing). Default: any. */
  kinds?: readonly ExerciseKind[]
  /** Exercises recent feedback stepped down (pain, too hard, stopped): never chosen as themselves. */
  stepped?: ReadonlyMap<string, StepDownCause>
  /** The day's highest joint impact (the starter week keeps to low impact). */
  maxImpact?: Impact
  /** Seconds per hold (per side) for entries dosed in hold-seconds, instead of the ranges above. */
  holdSec?: {
    limit: { min: number; max: number }
    target: { min: number; max: number }
  }
}

/** The chosen exercise and the reasons that came with it. */
export interface Choice {
  entry: ExerciseEntry
  /** Substitutions, feedback and exercise-choice reasons, in structured form. */
  why: SnackReason[]
}

const IMPACT_RANK: Record<Impact, number> = { none: 0, low: 1, high: 2 }
/** No exercise stepped down. */
const NO_STEPS: ReadonlyMap<string, StepDownCause> = new Map()

/**
 * Picks the exercise for one slot. Hard filters: safe for the profile (a
 * substitute stands in for a contraindicated one), of an allowed kind, fits
 * the day's setting and impact ceiling, needs only equipment the person has,
 * not stepped down by feedback, a whole dose fits the safety bounds and (when
 * any does) the day's or the slot's dose, discreet at the office when asked.
 * An exercise asked for that fails a filter gives way to the first easier
 * variation that passes them all, and the reasons say why. Then scores:
 * preferred ids, focus, discretion, owned equipment, variety across the last
 * days; ties go to the seeded PRNG. Exercises used earlier today come last.
 * `eligible` (default {@link eligibleEntries}) may remember the filtered
 * lists across the slots of a day ({@link rememberEligible}).
 */
export function chooseExercise(
  catalog: Catalog,
  safety: Safety,
  profile: Profile,
  wish: Wish,
  usedToday: ReadonlySet<string>,
  recentUse: ReadonlyMap<string, number>,
  random: () => number,
  eligible?: EligibleEntries,
): Choice | undefined {
  const stepped = wish.stepped ?? NO_STEPS
  // Only an exercise asked for is tested one by one: most slots ask for none.
  let tests: ReturnType<typeof testsFor> | undefined
  const allowed = (e: ExerciseEntry) => isAllowed(safety, e)
  const { safe, dosed } = (eligible ?? eligibleEntries)(catalog, safety, profile, wish)
  // The dose target is a hard filter when anything can meet it (a 30-45 s
  // day gets no 60 s walk), else the safe range decides.
  const all = dosed.length > 0 ? dosed : safe
  // Discretion at the office is kept when asked, even if it means a repeat.
  const keepDiscreet = wish.discreet && all.some((e) => e.discreet)
  const pool = keepDiscreet ? all.filter((e) => e.discreet) : all
  const miss = (e: ExerciseEntry): string | undefined => {
    tests ??= testsFor(profile, wish)
    return (
      tests.hardMiss(e) ??
      (dosed.length > 0 && !tests.dosedFor(e)
        ? 'dose-target'
        : keepDiscreet && !e.discreet
          ? 'discreet'
          : undefined)
    )
  }

  // An exercise asked for resolves to itself or its safe substitute, then
  // down the easier chain to the first variation that fits the slot.
  const resolveOnce = (p: Preference): Resolved => {
    const sub = safety.resolve(p.id)
    if (!sub) return { id: p.id, why: [], miss: 'excluded' }
    let entry = catalog.get(sub.id)
    const first = entry && miss(entry)
    if (!entry || first === undefined) return sub
    const from = entry.id
    const seen = new Set<string>()
    while (entry && !seen.has(entry.id)) {
      seen.add(entry.id)
      if (allowed(entry) && miss(entry) === undefined) {
        const chosen = entry.id
        const because: SnackReason =
          first === 'feedback'
            ? { kind: 'feedback', cause: stepped.get(from)!, asked: from, chosen }
            : { kind: 'exercise', rule: p.rule, cause: first, asked: p.id, chosen }
        return { id: chosen, why: [...sub.why, because] }
      }
      entry = entry.easier === undefined ? undefined : catalog.get(entry.easier)
    }
    return { id: p.id, why: [], miss: first }
  }

  // Each resolved id keeps its strongest, earliest preference, and the
  // shortest explanation any preference gives for it (a direct ask beats a
  // swap down another exercise's chain).
  const wanted = new Map<string, { strongRank: number; why: SnackReason[] }>()
  let strongCount = 0
  // Each preference resolved once; the first one also explains the choice below.
  const resolvedAll = wish.preferred.map(resolveOnce)
  for (const [i, p] of wish.preferred.entries()) {
    const resolved = resolvedAll[i]!
    if (resolved.miss !== undefined) continue
    const seen = wanted.get(resolved.id)
    if (seen) {
      if (resolved.why.length < seen.why.length) seen.why = resolved.why
      continue
    }
    wanted.set(resolved.id, { strongRank: p.strong ? strongCount++ : -1, why: resolved.why })
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

  // The day's focus outranks variety: when every exercise of the focus was
  // used today, one is repeated rather than the focus dropped. Small catalogs
  // may run out of unused exercises altogether: repeat rather than skip a snack.
  const kinds = wish.focus && KINDS_FOR_FOCUS[wish.focus]
  let freshFits = false
  let anyFits = false
  let anyFresh = false
  for (const e of pool) {
    const fresh = !usedToday.has(e.id)
    const fits = !kinds || kinds.includes(e.kind)
    anyFresh ||= fresh
    anyFits ||= fits
    freshFits ||= fresh && fits
  }
  // The unused ones while any of them has the focus, else the focus's own,
  // else the unused ones, else any.
  const draw: 'fresh' | 'focus' | 'any' =
    freshFits || (!anyFits && anyFresh) ? 'fresh' : anyFits ? 'focus' : 'any'
  const candidate = (e: ExerciseEntry) =>
    draw === 'fresh' ? !usedToday.has(e.id) : draw === 'any' || !kinds || kinds.includes(e.kind)
  const best: ExerciseEntry[] = []
  let bestScore = Number.NEGATIVE_INFINITY
  for (const e of pool) {
    if (!candidate(e)) continue
    const s = score(e)
    if (s > bestScore) {
      best.length = 0
      bestScore = s
    }
    if (s === bestScore) best.push(e)
  }
  if (best.length === 0) return undefined
  const entry = best[Math.floor(random() * best.length)]!
  const first = wish.preferred[0]
  const asked = first && resolvedAll[0]
  // Explained against the first exercise asked for when that is what it
  // became (the stair sprint walked); else against the ask it answers.
  if (asked && asked.miss === undefined && asked.id === entry.id)
    return { entry, why: [...asked.why] }
  const why = [...(wanted.get(entry.id)?.why ?? [])]
  if (!first || !asked) return { entry, why }
  // Say why the exercise the rules asked for is not the one chosen.
  why.push({
    kind: 'exercise',
    rule: first.rule,
    cause: asked.miss ?? (usedToday.has(asked.id) ? 'used-today' : 'focus-or-variety'),
    asked: first.id,
    chosen: entry.id,
  })
  return { entry, why }
}

/** An asked-for exercise after substitution and stepping down, or why it cannot serve. */
type Resolved = { id: string; why: SnackReason[]; miss?: string }

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

/** The entries that pass a wish's hard filters, and of them those its dose target fits. */
export interface Eligible {
  safe: readonly ExerciseEntry[]
  /** The safe entries whose dose range meets the wish's target (or the slot's own ask). */
  dosed: readonly ExerciseEntry[]
}

/** How {@link chooseExercise} gets the eligible entries for a wish. */
export type EligibleEntries = (
  catalog: Catalog,
  safety: Safety,
  profile: Profile,
  wish: Wish,
) => Eligible

/** Whether the contraindication step lets the entry be scheduled as itself. */
function isAllowed(safety: Safety, e: ExerciseEntry): boolean {
  return safety.status.get(e.id)?.state === 'allowed'
}

/** The hard filters of a wish, entry by entry, and whether its dose target fits. */
function testsFor(profile: Profile, wish: Wish) {
  const owned = new Set<string>(profile.equipment)
  const stepped = wish.stepped ?? NO_STEPS
  const maxImpact = IMPACT_RANK[wish.maxImpact ?? 'high']
  // Holds have their own per-hold ranges (10-30 s in the guide), both sides counted.
  const held = (e: ExerciseEntry) => wish.holdSec !== undefined && e.dose.unit === 'hold-seconds'
  const holdRange = (e: ExerciseEntry, r: { min: number; max: number }, cap: number) => {
    const k = e.dose.perSide ? 2 : 1
    return { min: r.min * k, max: Math.min(r.max * k, cap) }
  }
  const limitOf = (e: ExerciseEntry) =>
    held(e) ? holdRange(e, wish.holdSec!.limit, wish.limitSec.max) : wish.limitSec
  const targetOf = (e: ExerciseEntry) =>
    held(e) ? holdRange(e, wish.holdSec!.target, Number.POSITIVE_INFINITY) : wish.doseSec
  const dosedFor = (e: ExerciseEntry) =>
    doseFits(e, targetOf(e)) ||
    (wish.askedSec !== undefined &&
      !held(e) &&
      doseFits(e, { min: wish.askedSec, max: wish.askedSec }))
  // A whole dose must fit the safety bounds, not just the seconds range.
  const wholeDoseFits = (e: ExerciseEntry) => {
    const units = wholeUnits(e, limitOf(e))
    return units.lo <= units.hi
  }
  // Why an allowed entry cannot serve this slot, or undefined when it can.
  const hardMiss = (e: ExerciseEntry): string | undefined =>
    stepped.has(e.id)
      ? 'feedback'
      : wish.kinds && !wish.kinds.includes(e.kind)
        ? 'kind'
        : IMPACT_RANK[e.impact] > maxImpact
          ? 'impact'
          : !e.settings.includes(wish.setting)
            ? 'setting'
            : !e.equipment.every((q) => owned.has(q))
              ? 'equipment'
              : !wholeDoseFits(e)
                ? 'dose-bounds'
                : undefined
  return { hardMiss, dosedFor }
}

/** The catalog's entries that are allowed for the profile and pass the wish's hard filters. */
export function eligibleEntries(
  catalog: Catalog,
  safety: Safety,
  profile: Profile,
  wish: Wish,
): Eligible {
  const { hardMiss, dosedFor } = testsFor(profile, wish)
  const safe = catalog.exercises.filter((e) => isAllowed(safety, e) && hardMiss(e) === undefined)
  return { safe, dosed: safe.filter(dosedFor) }
}

/**
 * {@link eligibleEntries} that remembers its answer for each shape of wish
 * (all but the focus, the preferences and discretion, which it does not
 * read) and set of stepped-down exercises, for one catalog, safety and
 * profile: a plan's slots ask alike many times over. The safe list is
 * remembered apart from the dose target, which changes week by week; the
 * allowed entries are found once. Anything else is worked out afresh.
 */
export function rememberEligible(
  catalog: Catalog,
  safety: Safety,
  profile: Profile,
): EligibleEntries {
  const allowed = catalog.exercises.filter((e) => isAllowed(safety, e))
  const safeLists = new Map<string, readonly ExerciseEntry[]>()
  const known = new Map<string, Eligible>()
  return (c, s, p, wish) => {
    if (c !== catalog || s !== safety || p !== profile) return eligibleEntries(c, s, p, wish)
    const range = (r: { min: number; max: number } | undefined) => r && `${r.min}-${r.max}`
    const stepped = wish.stepped ? [...wish.stepped.keys()].join(',') : '-'
    const safeKey = `${wish.kinds?.join(',')}|${wish.setting}|${wish.maxImpact}|${range(wish.limitSec)}|${range(wish.holdSec?.limit)}|${stepped}`
    const key = `${safeKey}|${range(wish.doseSec)}|${wish.askedSec}|${range(wish.holdSec?.target)}`
    let found = known.get(key)
    if (!found) {
      const { hardMiss, dosedFor } = testsFor(profile, wish)
      let safe = safeLists.get(safeKey)
      if (!safe) {
        safe = allowed.filter((e) => hardMiss(e) === undefined)
        safeLists.set(safeKey, safe)
      }
      found = { safe, dosed: safe.filter(dosedFor) }
      known.set(key, found)
    }
    return found
  }
}
