import type { BodyRegion, Equipment, Locale } from '@snackplan/catalog'

/** Day types from the seed guide; each maps onto the settings an exercise fits. */
export const DAY_TYPES = ['office', 'home', 'travel', 'outdoor', 'rest'] as const
/** What kind of day it is for the person. */
export type DayType = (typeof DAY_TYPES)[number]

/** Weekday keys used in `profile.days`, Monday first (ISO 8601). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
/** A weekday key. */
export type Weekday = (typeof WEEKDAYS)[number]

/** The condition vocabulary rules can refer to. */
export const CONDITIONS = [
  'pregnancy',
  'cardiovascular',
  'high-blood-pressure',
  'recent-injury',
  'recent-surgery',
  'knee-pain',
  'hip-pain',
  'back-pain',
  'wrist-pain',
  'shoulder-pain',
  'medication-affecting-heart-rate-bp-or-glucose',
] as const
/** A health condition that changes what is safe. */
export type Condition = (typeof CONDITIONS)[number]

/**
 * Conditions with which the seed guide says to ask a clinician before raising
 * the intensity. Until `clearedForVigorous` is set, a profile with one of them
 * starts with the beginners' ramp and never gets harder progressions.
 */
export const CLEARANCE_CONDITIONS: readonly Condition[] = [
  'pregnancy',
  'cardiovascular',
  'high-blood-pressure',
  'recent-injury',
  'recent-surgery',
  'medication-affecting-heart-rate-bp-or-glucose',
]

/** Training level; beginners start with the 7-day starter plan. */
export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const
/** Training level. */
export type Level = (typeof LEVELS)[number]

/** A local wall-clock time `HH:MM`, 24-hour. */
export type LocalTime = string
/** A calendar date `YYYY-MM-DD`. */
export type LocalDate = string

/** One weekday's shape. */
export interface DayPlan {
  /** What kind of day it is; `rest` days get no snacks. */
  type: DayType
  /** Work hours `[start, end]`, local time. */
  work?: [LocalTime, LocalTime]
  /** Lunch start, local time; a meal is taken to last 30 minutes. */
  lunch?: LocalTime
  /** Breakfast start, local time, when it is a main meal of the day. */
  breakfast?: LocalTime
  /** Dinner start, local time, when it is a main meal of the day. */
  dinner?: LocalTime
}

/** A block of time the planner must keep free. */
export interface BusyBlock {
  /** `YYYY-MM-DDTHH:MM[:SS]`, local to the profile's zone unless it has an offset or `Z`. */
  start: string
  /** Exclusive end, in the same format as `start`. */
  end: string
}

/** One logged snack, used by `history.*` facts for progression. */
export interface FeedbackEntry {
  /** The local date of the snack. */
  date: LocalDate
  /** The exercise the snack was. */
  exerciseId: string
  /** Whether it was done; skipped snacks count for nothing. */
  done: boolean
  /** How hard it felt, 1-10 (RPE). */
  effort?: number
  /**
   * The effort the plan asked for (the snack's `effort`), 1-10. Progression
   * counts a snack as easy only when it was logged well below this; without
   * it, the exercise's own target effort is assumed.
   */
  plannedEffort?: number
  /** It felt too hard: the next days step the dose down. */
  tooHard?: boolean
  /** It hurt: the exercise is swapped for its easier variation for two weeks, and the dose steps down. */
  pain?: boolean
  /** It was stopped before the end (for whatever reason): treated like `tooHard`. */
  stopped?: boolean
}

/** Preferences that shape choice but never safety. */
export interface Preferences {
  /** Prefer exercises that draw no looks at the office. */
  discreet?: boolean
  /** What to train most; default `balanced`. */
  focus?: 'balanced' | 'cardio' | 'strength' | 'mobility'
  /** Hourly active pauses (light breaks from sitting) on office and home work days; default true. */
  activePauses?: boolean
}

/** Who the plan is for, when they are free and what is safe for them. */
export interface Profile {
  /** URL or path of the JSON Schema, for editors; snackplan does not read it. */
  $schema?: string
  /** Names the person; snack ids and feed URLs are built from it. */
  id: string
  /** Language for titles and descriptions. */
  locale: Locale
  /** IANA time zone, e.g. `Europe/Stockholm`. */
  timeZone: string
  /** Day 1 of the program; `program.*` facts count from it. */
  programStart: LocalDate
  /** Training level. */
  level: Level
  /** Health conditions; contraindication rules test them. */
  conditions: Condition[]
  /**
   * A clinician has cleared the person for vigorous effort despite their
   * conditions. The default rules then lift what they hold "until cleared"
   * (effort caps, the beginners' ramp and, for heart, blood-pressure and
   * pulse-affecting medication, the hold limit and the no-jumps rule); the
   * other exclusions and the advisories stay (docs/health.md).
   */
  clearedForVigorous?: boolean
  /** Equipment the person has; exercises that need other equipment are not chosen. */
  equipment: Equipment[]
  /**
   * Body regions with a recent injury. The default rules leave out (or swap
   * for an easier variation) every exercise that loads one of them.
   */
  injuries?: BodyRegion[]
  /** Wake-up time; no snack starts before it. */
  wake: LocalTime
  /**
   * Bedtime; every snack ends by then. A bedtime earlier than `wake` is the
   * next morning (a night shift: wake 20:00, bed 08:00), and the day's
   * waking hours cross midnight.
   */
  bed: LocalTime
  /** The shape of each weekday. */
  days: Record<Weekday, DayPlan>
  /** Times the planner must keep free (meetings, travel). */
  busy?: BusyBlock[]
  /** Logged snacks; without them progression follows the calendar alone. */
  feedback?: FeedbackEntry[]
  /** Choices that shape the plan but never safety. */
  preferences?: Preferences
}
