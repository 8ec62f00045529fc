import { describe, expect, it } from 'vitest'
import { defaultCatalogDocument } from '../../src/data/default'
import { defaultCatalog, loadCatalog } from '../../src/index'

// defaultCatalog is built at import without running the checks; this is
// what makes that safe: the checks give back exactly the same catalog.
describe('defaultCatalog is what loadCatalog makes of its document', () => {
  const checked = loadCatalog(defaultCatalogDocument)

  it('has the same document, byte for byte', () => {
    expect(JSON.stringify(defaultCatalog)).toBe(JSON.stringify(checked))
  })

  it('has the same entries and indexes', () => {
    expect(defaultCatalog.exercises).toEqual(checked.exercises)
    for (const index of ['byKind', 'bySetting', 'byEquipment', 'byImpact'] as const) {
      const ids = (c: typeof checked) =>
        [...c[index].entries()].map(([k, list]) => [k, list.map((e) => e.id)])
      expect(ids(defaultCatalog), index).toEqual(ids(checked))
    }
    for (const e of checked.exercises) expect(defaultCatalog.get(e.id)).toEqual(e)
  })

  it('is deeply frozen and leaves the exported document unfrozen', () => {
    expect(Object.isFrozen(defaultCatalog)).toBe(true)
    const first = defaultCatalog.exercises[0]!
    expect(Object.isFrozen(first) && Object.isFrozen(first.name)).toBe(true)
    const raw = defaultCatalogDocument.exercises[0]!
    expect(Object.isFrozen(raw) || Object.isFrozen(raw.name)).toBe(false)
  })
})
