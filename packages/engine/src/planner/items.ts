import type { Catalog, ExerciseEntry, ExerciseKind } from '@snackplan/catalog'
import { exerciseFacts, type FactValues, type StepDownCause, slotFacts } from '../facts/compute'
import type { SlotItem } from '../rules/types'
import { formatZoned } from '../time'
import type { Focus, PlannedSnack, SnackReason } from '../types/plan'
import type { DayPlan, Profile } from '../types/profile'
import { applyCaps } from './caps'
import { chooseExercise, type EligibleEntries, type Preference } from './choose'
import type { Safety } from './contraindications'
import { fitDose } from './dose'
import { reasonId } from './reasons'
import type { Rulebook } from './rulebook'
import type { Slot } from './select'
import { focusOfKind, SETTING_FOR_DAY } from './settings'
import type { DayBounds, DayTargets } from './targets'

/** What every item of one day is made from. */
export interface ItemContext {
  profile: Profile
  catalog: Catalog
  rules: Rulebook
  safety: Safety
  dayPlan: DayPlan
  /** The day's facts in layers, later ones over earlier ones (see `RememberingGroup.run`). */
  facts: readonly FactValues[]
  targets: DayTargets
  bounds: DayBounds
  stepped: ReadonlyMap<string, StepDownCause>
  recentUse: ReadonlyMap<string, number>
  /** Exercises used today by any item, for variety. */
  used: Set<string>
  random: () => number
  /** The plan's eligible entries per wish (`rememberEligible`); default: worked out per slot. */
  eligible?: EligibleEntries
}

/** Length limits of each item type, in work seconds per round. */
const ITEM_LIMITS: Record<Exclude<SlotItem, 'snack'>, { min: number; max: number }> = {
  pause: { min: 20, max: 90 },
  'active-pause': { min: 60, max: 300 },
  session: { min: 300, max: 3600 },
}
/** The exercise kinds each item type may be: snacks are efforts, pauses are light. */
const ITEM_KINDS: Record<SlotItem, readonly ExerciseKind[]> = {
  snack: ['cardio', 'strength', 'isometric'],
  pause: ['mobility', 'breathing'],
  'active-pause': ['mobility', 'breathing'],
  session: ['cardio'],
}
const DEFAULT_LENGTH: Record<Exclude<SlotItem, 'snack'>, { min: number; max: number }> = {
  pause: { min: 20, max: 60 },
  'active-pause': { min: 120, max: 120 },
  session: { min: 600, max: 1800 },
}

/** A made item and how long it really lasts. */
export interface Made {
  snack: PlannedSnack
  epochMs: number
  spanSec: number
}

/** Warm-up, every round and the rests between them. */
export function spanOf(s: Pick<PlannedSnack, 'warmupSec' | 'rounds' | 'durationSec' | 'restSec'>) {
  return s.warmupSec + s.rounds * s.durationSec + (s.rounds - 1) * s.restSec
}

/**
 * Makes one item for a chosen slot: its exercise (safe, fitting the day and
 * the wish), dose, rounds, effort after every cap, warm-up and modifiers
 * (snacks only), and the reasons. `undefined` when no exercise fits.
 */
export async function makeItem(
  ctx: ItemContext,
  slot: Slot,
  type: SlotItem,
  focus: Focus | undefined,
  index: number,
  bonus: { sec: number },
): Promise<Made | undefined> {
  const { profile, targets, bounds } = ctx
  const p = slot.params
  const snack = type === 'snack'
  // The day's exercises lead on snacks, taking turns; then the slot's list; then its nudge.
  const fromTargets = snack ? (targets.exercises ?? []) : []
  const turn = index % Math.max(1, fromTargets.length)
  const preferred: Preference[] = []
  for (let k = 0; k < fromTargets.length; k++) {
    const id = fromTargets[(turn + k) % fromTargets.length]!
    preferred.push({ id, strong: true, rule: targets.sources.exercises ?? '' })
  }
  for (const id of p.exercises ?? []) preferred.push({ id, strong: true, rule: slot.rule })
  if (p.exercise) preferred.push({ id: p.exercise, strong: false, rule: slot.rule })
  const holdTarget = targets.holdSec ?? bounds.holdSec
  const length =
    type === 'snack'
      ? targets.doseSec
      : p.doseSec !== undefined && type !== 'pause'
        ? { min: p.doseSec, max: p.doseSec }
        : DEFAULT_LENGTH[type]
  const limit = type === 'snack' ? bounds.snackSec : ITEM_LIMITS[type]
  const choice = chooseExercise(
    ctx.catalog,
    ctx.safety,
    profile,
    {
      focus,
      preferred,
      setting: SETTING_FOR_DAY[ctx.dayPlan.type as keyof typeof SETTING_FOR_DAY],
      discreet: (profile.preferences?.discreet ?? false) && ctx.dayPlan.type === 'office',
      // Every key present (undefined when unused): one object shape for every slot.
      doseSec: length,
      askedSec: snack ? p.doseSec : undefined,
      limitSec: limit,
      kinds: ITEM_KINDS[type],
      holdSec: snack ? { limit: bounds.holdSec, target: holdTarget } : undefined,
      stepped: ctx.stepped,
      maxImpact: targets.maxImpact || undefined,
    },
    ctx.used,
    ctx.recentUse,
    ctx.random,
    ctx.eligible,
  )
  if (!choice) return undefined
  const { entry } = choice
  const holds = snack && entry.dose.unit === 'hold-seconds'
  const k = entry.dose.perSide ? 2 : 1
  const target = holds ? { min: holdTarget.min * k, max: holdTarget.max * k } : length
  const safeLimit = holds
    ? { min: bounds.holdSec.min * k, max: Math.min(bounds.holdSec.max * k, bounds.snackSec.max) }
    : limit
  let { dose, durationSec } = fitDose(entry, target, safeLimit, snack ? p.doseSec : undefined)
  if (snack && bonus.sec > 0) {
    // The whole extra time on one snack ("add 20-30 s to one of them"), else the next one.
    const more = fitDose(entry, { min: 0, max: 9999 }, safeLimit, durationSec + bonus.sec)
    if (more.durationSec - durationSec >= bonus.sec) {
      ;({ dose, durationSec } = more)
      bonus.sec = 0
    }
  }
  const rounds = snack ? (targets.rounds ?? p.rounds ?? 1) : 1
  const restSec = rounds > 1 ? (targets.restSec ?? p.restSec ?? 30) : 0
  const base = clampEffort(entry, snack ? targets.effort : undefined)
  const caps = await ctx.rules.caps.run(
    ...ctx.facts,
    exerciseFacts(entry),
    slotFacts(profile, ctx.dayPlan, slot.minute),
  )
  const asked = p.exercises?.[0] ?? p.exercise
  const capped = applyCaps(entry, { effort: base, dose }, caps)
  if (!capped) return undefined
  ctx.used.add(entry.id)
  const made: PlannedSnack = {
    id: '',
    type,
    start: formatZoned(slot.epochMs, profile.timeZone),
    end: '',
    exerciseId: entry.id,
    kind: entry.kind,
    durationSec: capped.durationSec,
    dose: capped.dose,
    unit: entry.dose.unit,
    perSide: entry.dose.perSide,
    rounds,
    restSec,
    effort: capped.effort,
    focus: focusOfKind(entry.kind),
    warmupSec: snack && capped.effort >= bounds.warmupFromEffort ? bounds.warmupSec : 0,
    // A capped snack never gets harder: no modifier may undo a cap.
    modifiers:
      snack && caps.length === 0
        ? (targets.modifiers ?? []).filter((m) => entry.progressions.includes(m))
        : [],
    reasons: [],
    why: whyOf(slot.rule, asked, snack ? targets.rules : [], choice.why, capped.why),
    notes: capped.notes,
  }
  made.reasons = made.why!.map(reasonId)
  return { snack: made, epochMs: slot.epochMs, spanSec: spanOf(made) }
}

/** An item's reasons in order: its trigger, the day's progression rules, its choice, its caps. */
function whyOf(
  trigger: string,
  asked: string | undefined,
  progression: readonly string[],
  chosen: readonly SnackReason[],
  caps: readonly SnackReason[],
): SnackReason[] {
  const why: SnackReason[] = [
    asked === undefined
      ? { kind: 'trigger', rule: trigger }
      : { kind: 'trigger', rule: trigger, asked },
  ]
  for (const rule of progression) why.push({ kind: 'progression', rule })
  for (const reason of chosen) why.push(reason)
  for (const reason of caps) why.push(reason)
  return why
}

/** The entry's own effort range holds the day's target; without one, the entry's target. */
function clampEffort(entry: ExerciseEntry, wanted: number | undefined): number {
  return Math.min(entry.effort.max, Math.max(entry.effort.min, wanted ?? entry.effort.target))
}

/** A made item with its end and id filled in. */
export function finish(made: Made, id: string, timeZone: string): PlannedSnack {
  made.snack.id = id
  made.snack.end = formatZoned(made.epochMs + spanOf(made.snack) * 1000, timeZone)
  return made.snack
}
