import {
  renderSchemaFile,
  renderValidators,
  renderValidatorTypes,
} from '../../../scripts/ajv-standalone'
import { catalogSchema } from '../src/schema/catalog'
import { exerciseSchema } from '../src/schema/exercise'

/** Every generated file of this package, keyed by its path in the package. */
export function renderAll(): Record<string, string> {
  const exports = { validateExercise: exerciseSchema.$id, validateCatalog: catalogSchema.$id }
  return {
    'schema/exercise.schema.json': renderSchemaFile(exerciseSchema),
    'schema/catalog.schema.json': renderSchemaFile(catalogSchema),
    'src/generated/validators.js': renderValidators([exerciseSchema, catalogSchema], exports),
    'src/generated/validators.d.ts': renderValidatorTypes(Object.keys(exports)),
  }
}
