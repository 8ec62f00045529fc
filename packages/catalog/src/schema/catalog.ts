import { exerciseSchema, ID_PATTERN } from './exercise'

/** The most entries one catalog document may hold. */
export const MAX_ENTRIES = 2000

/** JSON Schema (2020-12) for a catalog document; entries use the exercise schema. */
export const catalogSchema = {
  $id: 'https://snackplan.dev/schema/catalog.schema.json',
  title: 'snackplan exercise catalog',
  type: 'object',
  properties: {
    $schema: { type: 'string', maxLength: 200 },
    id: { type: 'string', pattern: ID_PATTERN, minLength: 2, maxLength: 64 },
    version: { type: 'string', minLength: 1, maxLength: 32 },
    exercises: { type: 'array', items: { $ref: exerciseSchema.$id }, maxItems: MAX_ENTRIES },
  },
  required: ['id', 'version', 'exercises'],
  additionalProperties: false,
} as const
