import { loadCatalog } from './check/catalog'
import { defaultCatalogDocument } from './data/default'
import type { Catalog } from './types'

/**
 * The built-in catalog: the exercise snacks, active pauses, isometric holds,
 * mobility and breathing pauses of the seed guides, with text in en, sv, da.
 * Loaded through the same checks as any user catalog.
 */
export const defaultCatalog: Catalog = loadCatalog(defaultCatalogDocument)
