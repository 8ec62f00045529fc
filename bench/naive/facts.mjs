// Every fact of the engine's registry, computed the plain way for the naive
// baseline (the engine's own fact helpers are internal).
import {
  addDays,
  CLEARANCE_CONDITIONS,
  daysBetween,
  parseLocalTime,
  weekdayOf,
} from '@snackplan/engine'

/** Lunch is taken to last 30 minutes, as in the engine. */
export const LUNCH_MINUTES = 30

/** `profile.*` facts. */
export function profileFacts(profile) {
  return {
    'profile.conditions': profile.conditions,
    'profile.level': profile.level,
    'profile.injuries': profile.injuries ?? [],
    'profile.equipment': profile.equipment,
    'profile.discreet': profile.preferences?.discreet ?? false,
    'profile.focus': profile.preferences?.focus ?? 'balanced',
    'profile.clearedForVigorous': profile.clearedForVigorous ?? false,
    'profile.activePauses': profile.preferences?.activePauses ?? true,
    'profile.needsClearance':
      profile.clearedForVigorous !== true &&
      profile.conditions.some((c) => CLEARANCE_CONDITIONS.includes(c)),
  }
}

/** `exercise.*` facts. */
export function exerciseFacts(e) {
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

/** `day.*` and `program.*` facts. */
export function dayFacts(profile, date) {
  const plan = profile.days[weekdayOf(date)]
  const programDay = daysBetween(profile.programStart, date) + 1
  return {
    'day.date': date,
    'day.weekday': weekdayOf(date),
    'day.type': plan.type,
    'day.hasWork': plan.work !== undefined,
    'day.hasLunch': plan.lunch !== undefined,
    'program.day': programDay,
    'program.week': Math.floor((programDay - 1) / 7) + 1,
  }
}

/** `history.*` facts from the feedback log (days before `date`). */
export function historyFacts(profile, date, catalog) {
  const from7 = addDays(date, -7)
  const from14 = addDays(date, -14)
  let done7 = 0
  let sum = 0
  let n = 0
  let easy14 = 0
  let hard7 = 0
  for (const f of profile.feedback ?? []) {
    if (f.date >= date || f.date < from14) continue
    const tooHard = f.tooHard || f.pain || f.stopped || (f.effort ?? 0) >= 9
    if (f.date >= from7 && tooHard) hard7++
    if (!f.done) continue
    if (f.date >= from7 && f.effort !== undefined) {
      sum += f.effort
      n++
    }
    if (f.date >= from7) done7++
    // "Felt easy": an effortful exercise planned at 6/10 or more, logged at
    // 5/10 or less and at least 2 below plan.
    const entry = catalog.get(f.exerciseId)
    const planned = f.plannedEffort ?? entry?.effort.target ?? 0
    const effortful = ['cardio', 'strength', 'isometric'].includes(entry?.kind)
    if (!tooHard && effortful && f.effort !== undefined && planned >= 6) {
      if (f.effort <= Math.min(5, planned - 2)) easy14++
    }
  }
  return {
    'history.done7d': done7,
    'history.avgEffort7d': n === 0 ? 0 : Math.round((sum / n) * 10) / 10,
    'history.easy14d': easy14,
    'history.hard7d': hard7,
  }
}

/** `slot.*` facts. */
export function slotFacts(profile, plan, minute) {
  const lunchEnd = plan.lunch === undefined ? undefined : parseLocalTime(plan.lunch) + LUNCH_MINUTES
  return {
    'slot.minuteOfDay': minute,
    'slot.minutesAfterLunch': lunchEnd === undefined || minute < lunchEnd ? -1 : minute - lunchEnd,
    'slot.minutesBeforeBed': parseLocalTime(profile.bed) - minute,
  }
}
