/** The locales every catalog text is written in. `en` is the fallback. */
export const LOCALES = ['en', 'sv', 'da'] as const
/** A locale snackplan ships text for. */
export type Locale = (typeof LOCALES)[number]

/** One text in each supported locale. All three are required and non-empty. */
export interface LocalizedText {
  /** English; also the fallback for other locales. */
  en: string
  /** Swedish. */
  sv: string
  /** Danish. */
  da: string
}

/** What kind of effort an exercise is. */
export const EXERCISE_KINDS = ['cardio', 'strength', 'mobility', 'isometric', 'breathing'] as const
/** What kind of effort an exercise is. */
export type ExerciseKind = (typeof EXERCISE_KINDS)[number]

/** Impact on joints: `high` means jumps or running landings. */
export const IMPACTS = ['none', 'low', 'high'] as const
/** Impact on joints: `high` means jumps or running landings. */
export type Impact = (typeof IMPACTS)[number]

/** Where an exercise can be done. Day types map onto these settings. */
export const SETTINGS = ['office', 'home', 'outdoor', 'travel'] as const
/** Where an exercise can be done. */
export type Setting = (typeof SETTINGS)[number]

/** Things a person must have to do an exercise. A wall or floor is assumed. */
export const EQUIPMENT = [
  'chair',
  'stairs',
  'band',
  'dumbbell',
  'jump-rope',
  'bike',
  'step',
  'desk',
  'hill',
] as const
/** Things a person must have to do an exercise. */
export type Equipment = (typeof EQUIPMENT)[number]

/** Body regions an exercise puts load on; rules use them to protect injuries. */
export const BODY_REGIONS = [
  'ankle',
  'knee',
  'hip',
  'back',
  'core',
  'shoulder',
  'elbow',
  'wrist',
  'neck',
] as const
/** A body region an exercise loads. */
export type BodyRegion = (typeof BODY_REGIONS)[number]

/** The body position an exercise is done in. */
export const POSITIONS = ['standing', 'seated', 'floor', 'wall', 'moving'] as const
/** The body position an exercise is done in. */
export type Position = (typeof POSITIONS)[number]

/** How a dose is counted. `hold-seconds` is for isometric holds. */
export const DOSE_UNITS = ['seconds', 'reps', 'hold-seconds'] as const
/** How a dose is counted. */
export type DoseUnit = (typeof DOSE_UNITS)[number]

/** Ways to make an exercise harder without changing it (from the seed guide). */
export const PROGRESSION_MODIFIERS = ['tempo', 'pause', 'load'] as const
/** A way to make an exercise harder without changing it. */
export type ProgressionModifier = (typeof PROGRESSION_MODIFIERS)[number]

/** A dose range. Semantic check: `min <= default <= max`. */
export interface Dose {
  /** What the numbers count: seconds of work, repetitions or seconds held. */
  unit: DoseUnit
  /** The smallest dose the planner may give. */
  min: number
  /** The dose when no rule asks for more or less. */
  default: number
  /** The largest dose the planner may give. */
  max: number
  /** The dose is done once per side (e.g. lunges), so real time doubles. */
  perSide: boolean
}

/** Target effort on the 1-10 RPE scale. Semantic check: `min <= target <= max`. */
export interface Effort {
  /** The lowest effort at which the exercise still does its job. */
  min: number
  /** The effort to aim for. */
  target: number
  /** The highest effort the exercise is meant for. */
  max: number
}

/**
 * One exercise: facts, not decisions. Which exercise is unsafe for whom is
 * decided by rules, never here.
 */
export interface ExerciseEntry {
  /** kebab-case, unique in a catalog. */
  id: string
  /** Short display name, e.g. a calendar event title. */
  name: LocalizedText
  /** How to do it, in one or two short sentences. */
  cues: LocalizedText
  /** When to stop or take care. */
  safety: LocalizedText
  /** What kind of effort it is; rules and focus targets pick by it. */
  kind: ExerciseKind
  /** Impact on joints; contraindication rules test it (e.g. knee pain). */
  impact: Impact
  /** How long or how many, with the bounds the planner keeps within. */
  dose: Dose
  /** Target effort (RPE 1-10). */
  effort: Effort
  /** Where it can be done. */
  settings: Setting[]
  /** Can be done at a desk or in a corridor without drawing looks. */
  discreet: boolean
  /** Everything it needs; empty when it needs nothing but a wall or floor. */
  equipment: Equipment[]
  /** Body regions it puts load on. */
  loads: BodyRegion[]
  /** Body position it is done in. */
  position: Position
  /** Id of an easier variation in the same (merged) catalog. */
  easier?: string
  /** Id of a harder variation in the same (merged) catalog. */
  harder?: string
  /** Ways to make it harder without changing the exercise. */
  progressions: ProgressionModifier[]
}

/** A catalog document as written in JSON. */
export interface CatalogDocument {
  /** URL or path of the JSON Schema, for editors; snackplan does not read it. */
  $schema?: string
  /** Names the catalog; {@link mergeCatalogs} joins two as `<base>+<extra>`. */
  id: string
  /** The catalog's own version, free-form; merged like `id`. */
  version: string
  /** The entries, in the order they were written. */
  exercises: ExerciseEntry[]
}

/** A loaded catalog: validated, deeply frozen and indexed for the engine. */
export interface Catalog {
  /** The document's `id`. */
  readonly id: string
  /** The document's `version`. */
  readonly version: string
  /** All entries, in document order. */
  readonly exercises: readonly ExerciseEntry[]
  /** Looks an entry up by id. */
  get(id: string): ExerciseEntry | undefined
  /** Whether an entry with this id exists. */
  has(id: string): boolean
  /** Entries by kind, in document order. */
  readonly byKind: ReadonlyMap<ExerciseKind, readonly ExerciseEntry[]>
  /** Entries by setting they can be done in, in document order. */
  readonly bySetting: ReadonlyMap<Setting, readonly ExerciseEntry[]>
  /** Entries by each piece of equipment they need, in document order. */
  readonly byEquipment: ReadonlyMap<Equipment, readonly ExerciseEntry[]>
  /** Entries by impact, in document order. */
  readonly byImpact: ReadonlyMap<Impact, readonly ExerciseEntry[]>
}
