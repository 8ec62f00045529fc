import { deepFreeze } from '../input/read'
import type { Catalog, CatalogDocument, ExerciseEntry } from '../types'

function groupBy<K>(entries: readonly ExerciseEntry[], keys: (e: ExerciseEntry) => readonly K[]) {
  const map = new Map<K, ExerciseEntry[]>()
  for (const e of entries) {
    for (const k of keys(e)) {
      const list = map.get(k)
      if (list) list.push(e)
      else map.set(k, [e])
    }
  }
  for (const list of map.values()) Object.freeze(list)
  return map as ReadonlyMap<K, readonly ExerciseEntry[]>
}

const INDEXES = ['get', 'has', 'byKind', 'bySetting', 'byEquipment', 'byImpact'] as const

/** Builds the frozen, indexed Catalog from a document that passed every check. */
export function buildCatalog(doc: CatalogDocument): Catalog {
  const exercises = deepFreeze(doc.exercises.map((e) => ({ ...e })))
  const byId = new Map(exercises.map((e) => [e.id, e]))
  const catalog: Catalog = {
    id: doc.id,
    version: doc.version,
    exercises,
    get: (id: string) => byId.get(id),
    has: (id: string) => byId.has(id),
    byKind: groupBy(exercises, (e) => [e.kind]),
    bySetting: groupBy(exercises, (e) => e.settings),
    byEquipment: groupBy(exercises, (e) => e.equipment),
    byImpact: groupBy(exercises, (e) => [e.impact]),
  }
  // The lookups and indexes are not enumerable, so a loaded catalog (or
  // JSON.stringify of it) is its document again and passes checkCatalog.
  for (const key of INDEXES) Object.defineProperty(catalog, key, { enumerable: false })
  return Object.freeze(catalog)
}
