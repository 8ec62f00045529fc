/** The locales every catalog text is written in. `en` is the fallback. */
export const LOCALES = ['en', 'sv', 'da'] as const
/** A locale snackplan ships text for. */
export type Locale = (typeof LOCALES)[number]

/** One text in each supported locale. All three are required and non-empty. */
export interface LocalizedText {
  en: string
  sv: string
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
  unit: DoseUnit
  min: number
  default: number
  max: number
  /** The dose is done once per side (e.g. lunges), so real time doubles. */
  perSide: boolean
}

/** Target effort on the 1-10 RPE scale. Semantic check: `min <= target <= max`. */
export interface Effort {
  min: number
  target: number
  max: number
}

/**
 * One exercise: facts, not decisions. Which exercise is unsafe for whom is
 * decided by rules, never here.
 */
export interface ExerciseEntry {
  /** kebab-case, unique in a catalog. */
  id: string
  name: LocalizedText
  /** How to do it, in one or two short sentences. */
  cues: LocalizedText
  /** When to stop or take care. */
  safety: LocalizedText
  kind: ExerciseKind
  impact: Impact
  dose: Dose
  effort: Effort
  settings: Setting[]
  /** Can be done at a desk or in a corridor without drawing looks. */
  discreet: boolean
  equipment: Equipment[]
  loads: BodyRegion[]
  position: Position
  /** Id of an easier variation in the same (merged) catalog. */
  easier?: string
  /** Id of a harder variation in the same (merged) catalog. */
  harder?: string
  progressions: ProgressionModifier[]
}

/** A catalog document as written in JSON. */
export interface CatalogDocument {
  $schema?: string
  id: string
  version: string
  exercises: ExerciseEntry[]
}

/** A loaded catalog: validated, deeply frozen and indexed for the engine. */
export interface Catalog {
  readonly id: string
  readonly version: string
  readonly exercises: readonly ExerciseEntry[]
  /** Looks an entry up by id. */
  get(id: string): ExerciseEntry | undefined
  /** Whether an entry with this id exists. */
  has(id: string): boolean
  readonly byKind: ReadonlyMap<ExerciseKind, readonly ExerciseEntry[]>
  readonly bySetting: ReadonlyMap<Setting, readonly ExerciseEntry[]>
  readonly byEquipment: ReadonlyMap<Equipment, readonly ExerciseEntry[]>
  readonly byImpact: ReadonlyMap<Impact, readonly ExerciseEntry[]>
}
