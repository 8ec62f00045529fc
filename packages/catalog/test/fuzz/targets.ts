import fc from 'fast-check'
import {
  arbitraryHostileDocument,
  arbitraryMutatedDocument,
  nested,
} from '../../../../fuzz/arbitraries/json'
import { assertCheckResult, checkTwice } from '../../../../fuzz/checks'
import { defineFuzzTarget } from '../../../../fuzz/harness'
import { checkCatalog } from '../../src/check/catalog'
import { defaultCatalogDocument } from '../../src/data/default'
import { defaultCatalog } from '../../src/default-catalog'
import { mergeCatalogs } from '../../src/merge'

// A few real entries, with their variations, keep each run quick.
const small = { ...defaultCatalogDocument, exercises: defaultCatalogDocument.exercises.slice(0, 6) }

/** checkCatalog on mutated documents, damaged text and arbitrary values. */
export const checkCatalogTarget = defineFuzzTarget({
  arbitrary: fc.oneof(
    { weight: 8, arbitrary: arbitraryHostileDocument(small) },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 30, max: 100_000 })
        .map((d) => ({ ...small, exercises: nested(d) })),
    },
  ),
  run: (input) => checkTwice(checkCatalog, input),
})

/** mergeCatalogs of mutated extras onto the built-in catalog: a catalog or a SnackplanError. */
export const mergeCatalogsTarget = defineFuzzTarget({
  arbitrary: arbitraryMutatedDocument({
    id: 'extra',
    version: '1',
    exercises: small.exercises.map((e) => ({
      ...e,
      id: `my-${e.id}`,
      easier: undefined,
      harder: undefined,
    })),
  }),
  // Merging checks and indexes all 66 built-in entries again.
  budgetMs: 1_000,
  run: (input) => {
    const merged = mergeCatalogs(defaultCatalog, input)
    assertCheckResult(checkCatalog(JSON.stringify(merged)))
  },
})
