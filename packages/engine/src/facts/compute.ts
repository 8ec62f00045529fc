import type { ExerciseEntry } from '@snackplan/catalog'
import { addDays, daysBetween, parseLocalTime, weekdayOf } from '../time'
import type { DayPlan, LocalDate, Profile } from '../types/profile'

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
  }
}

/** `exercise.*` facts. */
export function exerciseFacts(e: ExerciseEntry): FactValues {
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

/** `history.*` facts from the profile's feedback log, counting days before `date`. */
export function historyFacts(profile: Profile, date: LocalDate): FactValues {
  const from7 = addDays(date, -7)
  const from14 = addDays(date, -14)
  let done7 = 0
  let effortSum = 0
  let effortCount = 0
  let easy14 = 0
  for (const f of profile.feedback ?? []) {
    if (!f.done || f.date >= date) continue
    if (f.date >= from7) {
      done7++
      if (f.effort !== undefined) {
        effortSum += f.effort
        effortCount++
      }
    }
    if (f.date >= from14 && f.effort !== undefined && f.effort <= 5) easy14++
  }
  return {
    'history.done7d': done7,
    'history.avgEffort7d': effortCount === 0 ? 0 : Math.round((effortSum / effortCount) * 10) / 10,
    'history.easy14d': easy14,
  }
}

/** `slot.*` facts for a snack starting at `minuteOfDay` (local). */
export function slotFacts(profile: Profile, plan: DayPlan, minuteOfDay: number): FactValues {
  const lunchEnd = plan.lunch === undefined ? undefined : parseLocalTime(plan.lunch) + LUNCH_MINUTES
  return {
    'slot.minuteOfDay': minuteOfDay,
    'slot.minutesAfterLunch':
      lunchEnd === undefined || minuteOfDay < lunchEnd ? -1 : minuteOfDay - lunchEnd,
    'slot.minutesBeforeBed': parseLocalTime(profile.bed) - minuteOfDay,
  }
}
