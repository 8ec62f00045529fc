import { SnackplanError } from '../errors/error'
import { type CheckResult, itemsWithIssues } from '../errors/issue'
import { validateCatalog } from '../generated/validators.js'
import { DEFAULT_LIMITS } from '../input/limits'
import { boundIssues, MAX_ERRORS, readJsonInput } from '../input/read'
import { catalogSchema, MAX_ENTRIES } from '../schema/catalog'
import { exerciseSchema } from '../schema/exercise'
import { cleanDocument } from '../text/document'
import type { Catalog, CatalogDocument, ExerciseEntry } from '../types'
import { buildCatalog } from './build'
import { semanticIssues } from './semantic'
import { validateSchema } from './validate'

/**
 * Validates a catalog document (JSON text or a parsed value) in two steps:
 * size limits and the JSON Schema, then the text policy (see `cleanText`)
 * and semantic checks. Reports every problem at once (at most 50), each
 * with a code, JSON pointer and message. A loaded Catalog (or its JSON)
 * passes back in: its indexes are not enumerable.
 *
 * @param known - entries of a base catalog that variations may refer to and
 *   ids must not repeat (used by {@link mergeCatalogs}).
 */
export function checkCatalog(
  input: unknown,
  known?: ReadonlyMap<string, ExerciseEntry>,
): CheckResult<Catalog> {
  // Lists longer than the schema allows are refused before anything walks them.
  const read = readJsonInput(input, DEFAULT_LIMITS, { exercises: MAX_ENTRIES })
  if (read.errors.length > 0) return { ok: false, errors: read.errors, warnings: [] }
  // Entry errors come with paths into the entry schema.
  const schema = validateSchema(validateCatalog, read.value, ['exercises'], (path: string) =>
    /^\/exercises\/\d+(\/|$)/.test(path) ? exerciseSchema : catalogSchema,
  )
  const schemaErrors = schema.issues
  const value = read.value as { exercises?: unknown }
  if (
    !schema.complete ||
    typeof value !== 'object' ||
    value === null ||
    !Array.isArray(value.exercises)
  ) {
    return {
      ok: false,
      errors: boundIssues(schemaErrors, MAX_ERRORS, schema.complete),
      warnings: [],
    }
  }
  // Entries whose own shape is wrong skip the semantic checks; every other
  // entry is still checked, so one call reports every mistake.
  const broken = itemsWithIssues(schemaErrors, 'exercises')
  const { value: doc, issues: textIssues } = cleanDocument(value as CatalogDocument)
  const unchecked = new Set<string>()
  const entries = doc.exercises.map((e, i) => {
    if (!broken.has(i)) return e
    const id = (e as { id?: unknown } | null)?.id
    if (typeof id === 'string') unchecked.add(id)
    return undefined
  })
  const { errors, warnings } = semanticIssues(entries, known, unchecked)
  const all = [...schemaErrors, ...textIssues, ...errors]
  if (all.length > 0) return { ok: false, errors: boundIssues(all), warnings }
  return { ok: true, value: buildCatalog(doc), warnings }
}

/** Like {@link checkCatalog} but returns the catalog or throws a SnackplanError. */
export function loadCatalog(input: unknown): Catalog {
  const result = checkCatalog(input)
  if (!result.ok) throw new SnackplanError(result.errors, 'catalog')
  return result.value
}
