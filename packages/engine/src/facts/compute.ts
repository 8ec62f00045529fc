import type { ExerciseEntry } from '@snackplan/catalog'
import { inFrame, wakingHours } from '../planner/window'
import { addDays, daysBetween, weekdayOf } from '../time'
import {
  CLEARANCE_CONDITIONS,
  type DayPlan,
  type FeedbackEntry,
  type LocalDate,
  type Profile,
} from '../types/profile'

/** Fact values keyed by fact name, as json-rules-engine receives them. */
export type FactValues = Record<string, string | number | boolean | readonly string[]>

/** How long lunch is taken to last: "after lunch" anchors count from its end. */
export const LUNCH_MINUTES = 30

/** `profile.*` facts. */
export function profileFacts(profile: Profile): FactValues {
  return {
    'profile.conditions': profile.conditions,
    'profile.level': profile.level,
    'profile.injuries': profile.injuries ?? [],
    'profile.equipment': profile.equipment,
    'profile.discreet': profile.preferences?.discreet ?? false,
    'profile.focus': profile.preferences?.focus ?? 'balanced',
    'profile.clearedForVigorous': profile.clearedForVigorous ?? false,
    'profile.activePauses': profile.preferences?.activePauses ?? true,
    'profile.needsClearance': needsClearance(profile),
  }
}

/** Whether the profile has a condition that needs a clinician's clearance, and no clearance yet. */
export function needsClearance(
  profile: Pick<Profile, 'conditions' | 'clearedForVigorous'>,
): boolean {
  return (
    profile.clearedForVigorous !== true &&
    profile.conditions.some((c) => CLEARANCE_CONDITIONS.includes(c))
  )
}

// A catalog's entries are frozen, so their facts are worked out once each.
const factsOfEntry = new WeakMap<ExerciseEntry, Readonly<FactValues>>()

/** `exercise.*` facts (the same frozen object for a frozen entry on every call). */
export function exerciseFacts(e: ExerciseEntry): Readonly<FactValues> {
  const known = factsOfEntry.get(e)
  if (known) return known
  const facts = Object.freeze(entryFacts(e))
  if (Object.isFrozen(e)) factsOfEntry.set(e, facts)
  return facts
}

function entryFacts(e: ExerciseEntry): FactValues {
  return {
    'exercise.id': e.id,
    'exercise.kind': e.kind,
    'exercise.impact': e.impact,
    'exercise.loads': e.loads,
    'exercise.position': e.position,
    'exercise.settings': e.settings,
    'exercise.equipment': e.equipment,
    'exercise.discreet': e.discreet,
    'exercise.effortTarget': e.effort.target,
  }
}

/** `day.*` and `program.*` facts for one local date. */
export function dayFacts(profile: Profile, date: LocalDate): FactValues {
  const weekday = weekdayOf(date)
  const plan: DayPlan = profile.days[weekday]
  const programDay = daysBetween(profile.programStart, date) + 1
  return {
    'day.date': date,
    'day.weekday': weekday,
    'day.type': plan.type,
    'day.hasWork': plan.work !== undefined,
    'day.hasLunch': plan.lunch !== undefined,
    'program.day': programDay,
    'program.week': Math.floor((programDay - 1) / 7) + 1,
  }
}

/** Looks exercises up by id (a loaded `Catalog` is one). */
export interface EntryLookup {
  get(id: string): ExerciseEntry | undefined
}

const EFFORTFUL_KINDS: readonly string[] = ['cardio', 'strength', 'isometric']

/** A log entry that says the snack was too much: too hard, painful, stopped, or 9/10 and up. */
export function feltTooHard(f: FeedbackEntry): boolean {
  return f.tooHard === true || f.pain === true || f.stopped === true || (f.effort ?? 0) >= 9
}

/**
 * Whether a log entry says the work felt easy: an effortful exercise (never
 * breathing or mobility), done, planned at a real effort (6/10 or more) and
 * logged at 5/10 or less and at least 2 below what was planned.
 */
export function feltEasy(f: FeedbackEntry, catalog: EntryLookup): boolean {
  if (!f.done || f.effort === undefined || feltTooHard(f)) return false
  const entry = catalog.get(f.exerciseId)
  if (!entry || !EFFORTFUL_KINDS.includes(entry.kind)) return false
  const planned = f.plannedEffort ?? entry.effort.target
  return planned >= 6 && f.effort <= Math.min(5, planned - 2)
}

/**
 * `history.*` facts from the profile's feedback log, counting days before
 * `date`; `catalog` tells effortful exercises from breathing and mobility.
 */
export function historyFacts(profile: Profile, date: LocalDate, catalog: EntryLookup): FactValues {
  const from7 = addDays(date, -7)
  const from14 = addDays(date, -14)
  let done7 = 0
  let effortSum = 0
  let effortCount = 0
  let easy14 = 0
  let hard7 = 0
  for (const f of profile.feedback ?? []) {
    if (f.date >= date || f.date < from14) continue
    if (f.date >= from7 && feltTooHard(f)) hard7++
    if (!f.done) continue
    if (f.date >= from7) {
      done7++
      if (f.effort !== undefined) {
        effortSum += f.effort
        effortCount++
      }
    }
    if (feltEasy(f, catalog)) easy14++
  }
  return {
    'history.done7d': done7,
    'history.avgEffort7d': effortCount === 0 ? 0 : Math.round((effortSum / effortCount) * 10) / 10,
    'history.easy14d': easy14,
    'history.hard7d': hard7,
  }
}

/**
 * Exercises logged as painful, too hard or stopped in the 14 days before
 * `date`, with the first such cause: the planner steps each down to its
 * easier variation (or leaves it out) for those days.
 */
export function steppedDown(profile: Profile, date: LocalDate): Map<string, StepDownCause> {
  const from14 = addDays(date, -14)
  const out = new Map<string, StepDownCause>()
  // Pain outranks the other causes, whatever the order of the log.
  for (const f of profile.feedback ?? []) {
    if (f.date >= date || f.date < from14 || !feltTooHard(f)) continue
    const cause: StepDownCause = f.pain ? 'pain' : f.stopped ? 'stopped' : 'too-hard'
    if (out.get(f.exerciseId) !== 'pain') out.set(f.exerciseId, cause)
  }
  return out
}

/** Why feedback stepped an exercise down. */
export type StepDownCause = 'pain' | 'stopped' | 'too-hard'

/**
 * `slot.*` facts for an item starting at `minute` of the day's waking-hours
 * frame (past 1440 on a night shift, for times after midnight).
 */
export function slotFacts(profile: Profile, plan: DayPlan, minute: number): FactValues {
  const waking = wakingHours(profile)
  const lunchEnd =
    plan.lunch === undefined ? undefined : inFrame(waking, plan.lunch) + LUNCH_MINUTES
  return {
    'slot.minuteOfDay': minute % 1440,
    'slot.minutesAfterLunch': lunchEnd === undefined || minute < lunchEnd ? -1 : minute - lunchEnd,
    'slot.minutesBeforeBed': waking.bed - minute,
  }
}
