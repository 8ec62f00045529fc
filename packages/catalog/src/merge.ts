import { buildCatalog } from './check/build'
import { checkCatalog } from './check/catalog'
import { SnackplanError } from './errors/error'
import type { Catalog, CatalogDocument, ExerciseEntry } from './types'

/**
 * Adds a user's own exercises to a catalog. `extra` is a catalog document
 * (JSON text or value) or a loaded Catalog; its entries may name base entries
 * as variations. An id that exists in `base` is an error
 * (`catalog/id-conflict`, path `/exercises/<i>/id`), never a silent override.
 *
 * @returns a new frozen Catalog with id `<base.id>+<extra.id>`.
 */
export function mergeCatalogs(base: Catalog, extra: unknown): Catalog {
  const doc = isCatalog(extra) ? toDocument(extra) : extra
  const known = new Map(base.exercises.map((e) => [e.id, e] as const))
  const result = checkCatalog(doc, known)
  if (!result.ok) throw new SnackplanError(result.errors, 'catalog')
  const merged: CatalogDocument = {
    id: `${base.id}+${result.value.id}`,
    version: `${base.version}+${result.value.version}`,
    exercises: [...base.exercises, ...result.value.exercises] as ExerciseEntry[],
  }
  return buildCatalog(merged)
}

function isCatalog(value: unknown): value is Catalog {
  return typeof value === 'object' && value !== null && typeof (value as Catalog).get === 'function'
}

function toDocument(c: Catalog): CatalogDocument {
  return { id: c.id, version: c.version, exercises: [...c.exercises] }
}
