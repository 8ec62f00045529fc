import {
  BODY_REGIONS,
  DOSE_UNITS,
  EQUIPMENT,
  EXERCISE_KINDS,
  IMPACTS,
  POSITIONS,
  PROGRESSION_MODIFIERS,
  SETTINGS,
} from '../types'

/** Upper bounds that keep text readable in a calendar and hostile input cheap. */
export const TEXT_MAX = { name: 80, cues: 400, safety: 400 } as const

/** kebab-case id: lowercase letters and digits in dash-separated words. */
export const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$'

const text = <N extends number>(maxLength: N) =>
  ({
    type: 'object',
    properties: {
      en: { type: 'string', minLength: 1, maxLength },
      sv: { type: 'string', minLength: 1, maxLength },
      da: { type: 'string', minLength: 1, maxLength },
    },
    required: ['en', 'sv', 'da'],
    additionalProperties: false,
  }) as const

const uniqueEnumArray = <const T extends readonly string[]>(values: T) =>
  ({
    type: 'array',
    items: { type: 'string', enum: values },
    uniqueItems: true,
    maxItems: values.length,
  }) as const

/**
 * JSON Schema (2020-12) for one exercise entry. `test/types.test-d.ts` checks
 * that the type derived from it equals {@link ExerciseEntry}, so the two
 * cannot drift.
 */
export const exerciseSchema = {
  $id: 'https://snackplan.dev/schema/exercise.schema.json',
  title: 'snackplan exercise entry',
  type: 'object',
  properties: {
    id: { type: 'string', pattern: ID_PATTERN, minLength: 2, maxLength: 64 },
    name: text(TEXT_MAX.name),
    cues: text(TEXT_MAX.cues),
    safety: text(TEXT_MAX.safety),
    kind: { type: 'string', enum: EXERCISE_KINDS },
    impact: { type: 'string', enum: IMPACTS },
    dose: {
      type: 'object',
      properties: {
        unit: { type: 'string', enum: DOSE_UNITS },
        // Up to an hour: longer sessions (a zone-2 walk) are dosed in seconds too.
        min: { type: 'integer', minimum: 1, maximum: 3600 },
        default: { type: 'integer', minimum: 1, maximum: 3600 },
        max: { type: 'integer', minimum: 1, maximum: 3600 },
        perSide: { type: 'boolean' },
      },
      required: ['unit', 'min', 'default', 'max', 'perSide'],
      additionalProperties: false,
    },
    effort: {
      type: 'object',
      properties: {
        min: { type: 'integer', minimum: 1, maximum: 10 },
        target: { type: 'integer', minimum: 1, maximum: 10 },
        max: { type: 'integer', minimum: 1, maximum: 10 },
      },
      required: ['min', 'target', 'max'],
      additionalProperties: false,
    },
    settings: { ...uniqueEnumArray(SETTINGS), minItems: 1 },
    discreet: { type: 'boolean' },
    equipment: uniqueEnumArray(EQUIPMENT),
    loads: uniqueEnumArray(BODY_REGIONS),
    position: { type: 'string', enum: POSITIONS },
    easier: { type: 'string', pattern: ID_PATTERN, maxLength: 64 },
    harder: { type: 'string', pattern: ID_PATTERN, maxLength: 64 },
    progressions: uniqueEnumArray(PROGRESSION_MODIFIERS),
  },
  required: [
    'id',
    'name',
    'cues',
    'safety',
    'kind',
    'impact',
    'dose',
    'effort',
    'settings',
    'discreet',
    'equipment',
    'loads',
    'position',
    'progressions',
  ],
  additionalProperties: false,
} as const
