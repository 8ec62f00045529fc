import type { FromSchema } from 'json-schema-to-ts'
import { expectTypeOf } from 'vitest'
import type { catalogSchema } from '../src/schema/catalog'
import type { exerciseSchema } from '../src/schema/exercise'
import type { CatalogDocument, ExerciseEntry } from '../src/types'

// The hand-written types (with their TSDoc) and the schemas cannot drift:
// the types derived from the schemas must be exactly the same.
type FromExercise = FromSchema<typeof exerciseSchema>
type FromCatalog = FromSchema<typeof catalogSchema, { references: [typeof exerciseSchema] }>

expectTypeOf<FromExercise>().toEqualTypeOf<ExerciseEntry>()
expectTypeOf<FromCatalog>().toEqualTypeOf<CatalogDocument>()
