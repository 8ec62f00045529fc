import type { DoseUnit, ExerciseKind, LocalizedText } from '@snackplan/catalog'
import type { DayType, LocalDate } from './profile'

/** What a snack trains. Breathing pauses count as mobility. */
export type Focus = 'cardio' | 'strength' | 'mobility'

/**
 * What a planned item is: an exercise `snack` (20-90 s of effort, counted in
 * the day's snacks and active time), a mobility or breathing `pause`, an
 * hourly `active-pause` from sitting (1-5 min of light movement), or a longer
 * easy `session` (a 10-minute walk with bursts, a zone-2 session). Pauses and
 * sessions never count towards the snacks or the active time.
 */
export type SnackType = 'snack' | 'pause' | 'active-pause' | 'session'

/** One timed item of the plan: an exercise snack, a pause or a session (see `type`). */
export interface PlannedSnack {
  /** Stable: `<profileId>-<date>-<n>`, n counting from 1 in time order. */
  id: string
  /**
   * What the item is. The planner always writes it; absent (in plans made by
   * hand or by older versions) it means `snack`.
   */
  type?: SnackType
  /** ISO 8601 with the zone's offset, e.g. `2026-11-23T09:30:00+01:00`. */
  start: string
  /** When warm-up, every round and the rests between them are done; same format as `start`. */
  end: string
  /** The catalog entry to do (after any substitution). */
  exerciseId: string
  /** The entry's kind. */
  kind: ExerciseKind
  /** Work seconds per round (per side counted in). */
  durationSec: number
  /** The dose in the entry's own unit (seconds, reps or hold-seconds). */
  dose: number
  /** The unit of `dose` (the entry's); always written by the planner. */
  unit?: DoseUnit
  /** `dose` is done once per side (so the time doubles); always written by the planner. */
  perSide?: boolean
  /** How many times the dose is done. */
  rounds: number
  /** Rest between rounds in seconds; 0 with one round. */
  restSec: number
  /** Target effort, RPE 1-10. */
  effort: number
  /** What the snack trains, from the exercise's kind. */
  focus: Focus
  /** Light warm-up before the effort, 0 when the effort is below 7/10. */
  warmupSec: number
  /** Progression modifiers applied to this snack (tempo, pause, load). */
  modifiers: ('tempo' | 'pause' | 'load')[]
  /**
   * Why the item is there and why it is that exercise, as plain ids:
   * `trigger:<rule>`, `progression:<rule>`, `substitute:<rule>`,
   * `feedback:<cause>-<exercise>`, `exercise:<cause>-not-<exercise>`,
   * `cap:<rule>`. `why` has the same reasons in structured form.
   */
  reasons: string[]
  /**
   * The reasons in structured form, one per entry of `reasons` and in the
   * same order. The planner always writes it; it is optional so that plans
   * made by hand or by older versions still type-check.
   */
  why?: SnackReason[]
  /**
   * Cautions a rule attached to this very snack (e.g. "breathe out through
   * the hold"), in every locale. The planner always writes the list; it is
   * optional so that plans made by hand or by older versions still type-check.
   */
  notes?: SnackNote[]
}

/** What a reason is about. */
export type ReasonKind = 'trigger' | 'progression' | 'substitute' | 'exercise' | 'feedback' | 'cap'

/**
 * One reason of a planned item, in structured form. `trigger`: the rule that
 * placed it (and the exercise it asked for); `progression`: a rule that set
 * the day's targets; `substitute`: a safety rule swapped `asked` for
 * `chosen`; `exercise`: the exercise `rule` asked for (`asked`) is not the
 * one chosen, because of `cause`; `feedback`: the person's log stepped
 * `asked` down (`cause`: `pain`, `too-hard`, `stopped`); `cap`: a rule
 * lowered the effort or shortened a hold.
 */
export interface SnackReason {
  /** What the reason is about. */
  kind: ReasonKind
  /** The rule behind it (for `exercise`: the rule that asked for the exercise); absent for `feedback`. */
  rule?: string
  /** The exercise asked for. */
  asked?: string
  /** The exercise the item got instead, when it differs. */
  chosen?: string
  /**
   * Why: for `exercise` one of `excluded`, `impact`, `feedback`, `kind`,
   * `setting`, `equipment`, `dose-bounds`, `dose-target`, `discreet`,
   * `used-today`, `focus-or-variety`; for `feedback` one of `pain`,
   * `too-hard`, `stopped`.
   */
  cause?: string
}

/** A caution a rule attached to one snack. */
export interface SnackNote {
  /** The rule that attached it. */
  rule: string
  /** The caution in every locale. */
  text: LocalizedText
}

/** One day of the plan. */
export interface PlannedDay {
  /** The local date in the plan's zone. */
  date: LocalDate
  /** The profile's day type for that weekday. */
  dayType: DayType
  /** 1 on `programStart`. Can be <= 0 for days before it. */
  programDay: number
  /** Sum over the day's items of type `snack` of rounds x durationSec (warm-up not counted). */
  totalActiveSec: number
  /** The day's timed items (snacks, pauses, sessions) in time order; none on rest days. */
  snacks: PlannedSnack[]
  /**
   * Habit cues without a clock time ("after each toilet visit: 30 s of
   * squats") and prompts ("reflect and plan"), in rule order; calendars show
   * them with the day's first event. Always written by the planner.
   */
  cues?: DayCue[]
  /** The day's waking hours (bed may be the next morning); always written by the planner. */
  awake?: {
    /** Wake, ISO 8601 with the zone's offset. */
    start: string
    /** Bed, ISO 8601 with the zone's offset. */
    end: string
  }
}

/** A cue for the day without a clock time. */
export interface DayCue {
  /** The rule that raised it. */
  rule: string
  /** When to do it, or the prompt itself, in every locale. */
  text: LocalizedText
  /** The exercise to do then (after any substitution), if the cue names one. */
  exerciseId?: string
  /** The dose in the entry's unit. */
  dose?: number
  /** Work seconds of the dose (sides counted). */
  durationSec?: number
  /** The unit of `dose`. */
  unit?: DoseUnit
  /** `dose` is per side. */
  perSide?: boolean
  /** Rule ids that changed its exercise (`substitute:<rule>`). */
  reasons: string[]
  /** The same reasons in structured form (always written by the planner). */
  why?: SnackReason[]
}

/** A localised caution that applies to the whole plan. */
export interface Advisory {
  /** The rule id that raised it. */
  id: string
  /**
   * The profile condition it is about (`cardiovascular`, `knee-pain`, ...),
   * from the advisory rule's `condition` param; absent when the rule names none.
   */
  condition?: string
  /** The caution in every locale. */
  text: {
    /** English. */
    en: string
    /** Swedish. */
    sv: string
    /** Danish. */
    da: string
  }
}

/** The output of `planner.plan()`. Deterministic for the same inputs and seed. */
export interface Plan {
  /** The profile's `id`. */
  profileId: string
  /** The profile's IANA zone; every time in the plan is local to it. */
  timeZone: string
  /** First day. */
  from: LocalDate
  /** Last day, inclusive. */
  to: LocalDate
  /** Rule set id and version the plan was made with, for cache keys and SEQUENCE. */
  rules: {
    /** The (combined) rule set's id. */
    id: string
    /** The (combined) rule set's version. */
    version: string
  }
  /** Every day from `from` to `to`, rest days included. */
  days: PlannedDay[]
  /** Exercises never scheduled as themselves for this profile (excluded or substituted), by id. */
  excluded: {
    /** The catalog entry. */
    exerciseId: string
    /** Ids of the rules that stopped it. */
    reasons: string[]
  }[]
  /** Cautions for the whole plan, e.g. "consult a clinician before ...". */
  advisories: Advisory[]
  /**
   * Titles in en/sv/da of the rules the plan names (in reasons, cues, notes
   * and advisories) that have one, by rule id: what `explainSnack` shows
   * instead of ids. Always written by the planner.
   */
  titles?: Record<string, LocalizedText>
}
