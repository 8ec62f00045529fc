import { issuesFromSchemaErrors } from '../errors/ajv'
import { SnackplanError } from '../errors/error'
import type { CheckResult } from '../errors/issue'
import { validateCatalog } from '../generated/validators.js'
import { boundIssues, normalizeText, readJsonInput } from '../input/read'
import type { Catalog, CatalogDocument, ExerciseEntry } from '../types'
import { buildCatalog } from './build'
import { semanticIssues } from './semantic'

/**
 * Validates a catalog document (JSON text or a parsed value) in two steps:
 * size limits and the JSON Schema, then semantic checks. Reports every
 * problem at once (at most 50), each with a code, JSON pointer and message.
 *
 * @param known - entries of a base catalog that variations may refer to and
 *   ids must not repeat (used by {@link mergeCatalogs}).
 */
export function checkCatalog(
  input: unknown,
  known?: ReadonlyMap<string, ExerciseEntry>,
): CheckResult<Catalog> {
  const read = readJsonInput(input)
  if (read.errors.length > 0) return { ok: false, errors: read.errors, warnings: [] }
  if (!validateCatalog(read.value)) {
    const errors = issuesFromSchemaErrors(validateCatalog.errors ?? [])
    return { ok: false, errors: boundIssues(errors), warnings: [] }
  }
  const doc = normalizeText(read.value as CatalogDocument)
  const { errors, warnings } = semanticIssues(doc, known)
  if (errors.length > 0) return { ok: false, errors: boundIssues(errors), warnings }
  return { ok: true, value: buildCatalog(doc), warnings }
}

/** Like {@link checkCatalog} but returns the catalog or throws a SnackplanError. */
export function loadCatalog(input: unknown): Catalog {
  const result = checkCatalog(input)
  if (!result.ok) throw new SnackplanError(result.errors, 'catalog')
  return result.value
}
