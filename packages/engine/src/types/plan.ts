import type { ExerciseKind } from '@snackplan/catalog'
import type { DayType, LocalDate } from './profile'

/** What a snack trains. Breathing pauses count as mobility. */
export type Focus = 'cardio' | 'strength' | 'mobility'

/** One exercise snack in the plan. */
export interface PlannedSnack {
  /** Stable: `<profileId>-<date>-<n>`, n counting from 1 in time order. */
  id: string
  /** ISO 8601 with the zone's offset, e.g. `2026-11-23T09:30:00+01:00`. */
  start: string
  end: string
  exerciseId: string
  kind: ExerciseKind
  /** Work seconds per round (per side counted in). */
  durationSec: number
  /** The dose in the entry's own unit (seconds, reps or hold-seconds). */
  dose: number
  rounds: number
  restSec: number
  /** Target effort, RPE 1-10. */
  effort: number
  focus: Focus
  /** Light warm-up before the effort, 0 when the effort is below 7/10. */
  warmupSec: number
  /** Progression modifiers applied to this snack (tempo, pause, load). */
  modifiers: ('tempo' | 'pause' | 'load')[]
  /** Rule ids that placed the snack and chose, substituted or capped its exercise. */
  reasons: string[]
}

/** One day of the plan. */
export interface PlannedDay {
  date: LocalDate
  dayType: DayType
  /** 1 on `programStart`. Can be <= 0 for days before it. */
  programDay: number
  /** Sum over snacks of rounds x durationSec (warm-up not counted). */
  totalActiveSec: number
  snacks: PlannedSnack[]
}

/** A localised caution that applies to the whole plan. */
export interface Advisory {
  /** The rule id that raised it. */
  id: string
  /** The condition or reason it is about, if any. */
  condition?: string
  text: { en: string; sv: string; da: string }
}

/** The output of `planner.plan()`. Deterministic for the same inputs and seed. */
export interface Plan {
  profileId: string
  timeZone: string
  from: LocalDate
  to: LocalDate
  /** Rule set id and version the plan was made with, for cache keys and SEQUENCE. */
  rules: { id: string; version: string }
  days: PlannedDay[]
  excluded: { exerciseId: string; reasons: string[] }[]
  advisories: Advisory[]
}
