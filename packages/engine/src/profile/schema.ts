import { BODY_REGIONS, EQUIPMENT, LOCALES } from '@snackplan/catalog'
import { CONDITIONS, DAY_TYPES, LEVELS } from '../types/profile'

/** Most busy blocks one profile may list (a year of meetings, and then some). */
export const MAX_BUSY = 1000
/** Most feedback entries one profile may log (years of snacks). */
export const MAX_FEEDBACK = 5000

/** Profile id: safe in a URL path and a file name (`/anna.ics`). */
export const PROFILE_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$'
/** A local wall-clock time `HH:MM`, 00:00-23:59. */
export const LOCAL_TIME_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$'
/** A date `YYYY-MM-DD`; whether the day exists (no 02-30) is a semantic check. */
export const LOCAL_DATE_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'
/**
 * A busy-block bound `YYYY-MM-DDTHH:MM[:SS]` with an optional `Z` or `±HH:MM`;
 * without one it is local to the profile's zone.
 */
export const DATE_TIME_PATTERN =
  '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$'
/**
 * The shape of an IANA zone name (`Europe/Stockholm`, `UTC`, `Etc/GMT+5`);
 * whether the zone exists is a semantic check. Bare offsets such as `+01:00`
 * are refused: they have no DST rules.
 */
export const TIME_ZONE_PATTERN = '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$'
/** Exercise ids in feedback: the catalog's kebab-case id. */
const EXERCISE_ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$'

const uniqueEnumArray = <const T extends readonly string[]>(values: T) =>
  ({
    type: 'array',
    items: { type: 'string', enum: values },
    uniqueItems: true,
    maxItems: values.length,
  }) as const

const localTime = { $ref: '#/$defs/localTime' } as const
const localDate = { $ref: '#/$defs/localDate' } as const
const day = { $ref: '#/$defs/day' } as const

/**
 * JSON Schema (2020-12) for a profile. `test/profile/types.test-d.ts` checks
 * that the type derived from it equals {@link Profile}, so the two cannot
 * drift. Unknown keys are refused at every level.
 */
export const profileSchema = {
  $id: 'https://snackplan.dev/schema/profile.schema.json',
  title: 'snackplan profile',
  type: 'object',
  $defs: {
    localTime: {
      type: 'string',
      pattern: LOCAL_TIME_PATTERN,
      description: 'a 24-hour time HH:MM (00:00-23:59)',
    },
    localDate: { type: 'string', pattern: LOCAL_DATE_PATTERN, description: 'a date YYYY-MM-DD' },
    dateTime: {
      type: 'string',
      pattern: DATE_TIME_PATTERN,
      description:
        'a date and time YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS, local to timeZone, or followed by Z or +HH:MM',
    },
    day: {
      type: 'object',
      properties: {
        type: { type: 'string', enum: DAY_TYPES },
        work: { type: 'array', prefixItems: [localTime, localTime], minItems: 2, maxItems: 2 },
        lunch: localTime,
        breakfast: localTime,
        dinner: localTime,
      },
      required: ['type'],
      additionalProperties: false,
    },
  },
  properties: {
    $schema: { type: 'string', maxLength: 200 },
    id: {
      type: 'string',
      pattern: PROFILE_ID_PATTERN,
      description: 'an id of 1-64 letters, digits, "_" and "-", starting with a letter or digit',
    },
    locale: { type: 'string', enum: LOCALES },
    timeZone: {
      type: 'string',
      pattern: TIME_ZONE_PATTERN,
      maxLength: 64,
      description: 'an IANA time zone name such as "Europe/Stockholm"',
    },
    programStart: localDate,
    level: { type: 'string', enum: LEVELS },
    conditions: uniqueEnumArray(CONDITIONS),
    injuries: uniqueEnumArray(BODY_REGIONS),
    clearedForVigorous: { type: 'boolean' },
    equipment: uniqueEnumArray(EQUIPMENT),
    wake: localTime,
    bed: localTime,
    days: {
      type: 'object',
      properties: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day },
      required: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      additionalProperties: false,
    },
    busy: {
      type: 'array',
      maxItems: MAX_BUSY,
      items: {
        type: 'object',
        properties: {
          start: { $ref: '#/$defs/dateTime' },
          end: { $ref: '#/$defs/dateTime' },
        },
        required: ['start', 'end'],
        additionalProperties: false,
      },
    },
    feedback: {
      type: 'array',
      maxItems: MAX_FEEDBACK,
      items: {
        type: 'object',
        properties: {
          date: localDate,
          exerciseId: { type: 'string', pattern: EXERCISE_ID_PATTERN, maxLength: 64 },
          done: { type: 'boolean' },
          effort: { type: 'integer', minimum: 1, maximum: 10 },
          plannedEffort: { type: 'integer', minimum: 1, maximum: 10 },
          tooHard: { type: 'boolean' },
          pain: { type: 'boolean' },
          stopped: { type: 'boolean' },
        },
        required: ['date', 'exerciseId', 'done'],
        additionalProperties: false,
      },
    },
    preferences: {
      type: 'object',
      properties: {
        discreet: { type: 'boolean' },
        focus: { type: 'string', enum: ['balanced', 'cardio', 'strength', 'mobility'] },
        activePauses: { type: 'boolean' },
      },
      additionalProperties: false,
    },
  },
  required: [
    'id',
    'locale',
    'timeZone',
    'programStart',
    'level',
    'conditions',
    'equipment',
    'wake',
    'bed',
    'days',
  ],
  additionalProperties: false,
} as const
