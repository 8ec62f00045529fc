import { buildCatalog } from './check/build'
import { defaultCatalogDocument } from './data/default'
import type { Catalog, CatalogDocument } from './types'

/**
 * The built-in catalog: the exercise snacks, active pauses, isometric holds,
 * mobility and breathing pauses of the seed guides, with text in en, sv, da.
 * It passes the same checks as any user catalog: a test runs `loadCatalog`
 * on {@link defaultCatalogDocument} and requires exactly this catalog back,
 * so a fresh process does not repeat those checks at import.
 */
export const defaultCatalog: Catalog = buildCatalog(
  // A copy: the catalog freezes what it holds, and the exported document
  // stays the plain, unfrozen JSON it says it is.
  JSON.parse(JSON.stringify(defaultCatalogDocument)) as CatalogDocument,
)
