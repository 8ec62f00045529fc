import { describe, expect, it } from 'vitest'
import { checkCatalog } from '../../src/check/catalog'
import { checkLimits } from '../../src/input/limits'
import { MAX_ENTRIES } from '../../src/schema/catalog'
import { doc, entry } from '../fixtures/entries'

const codes = (r: ReturnType<typeof checkCatalog>) => (r.ok ? [] : r.errors.map((e) => e.code))

describe('limits are checked before the schema', () => {
  it('refuses oversized JSON text without parsing it', () => {
    const huge = `{"id":"x","version":"1","exercises":[${'0,'.repeat(2_100_000)}0]}`
    expect(codes(checkCatalog(huge))).toEqual(['limit/size'])
  })

  it('refuses too deep nesting', () => {
    let deep: unknown = 1
    for (let i = 0; i < 100; i++) deep = [deep]
    expect(codes(checkCatalog({ ...doc(), exercises: deep }))).toEqual(['limit/depth'])
  })

  it('refuses a string longer than the text limit, with its path', () => {
    const long = entry('a-b', { cues: { en: 'x'.repeat(20_000), sv: 'y', da: 'z' } })
    const result = checkCatalog(doc([long]))
    expect(result.ok ? [] : result.errors).toMatchObject([
      { code: 'limit/string', path: '/exercises/0/cues/en' },
    ])
  })

  it('counts values and stops early', () => {
    const many = Array.from({ length: 300_000 }, () => 0)
    expect(checkLimits(many).map((e) => e.code)).toEqual(['limit/nodes'])
  })

  it('refuses more entries than the schema allows before walking or checking them', () => {
    const many = Array.from({ length: MAX_ENTRIES + 1 }, () => ({ kind: 'dance' }))
    expect(checkCatalog({ ...doc(), exercises: many })).toEqual({
      ok: false,
      errors: [
        {
          code: 'schema/too-many',
          path: '/exercises',
          message: `must have at most ${MAX_ENTRIES} items (has ${MAX_ENTRIES + 1})`,
        },
      ],
      warnings: [],
    })
  })

  it('reports bad JSON text as json/parse', () => {
    expect(codes(checkCatalog('{"id": '))).toEqual(['json/parse'])
  })

  it('caps the number of reported errors', () => {
    const bad = Array.from({ length: 80 }, (_, i) => ({ ...entry(`e-${i}`), kind: 'dance' }))
    const result = checkCatalog(doc(bad as never))
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.errors).toHaveLength(51)
      expect(result.errors.at(-1)?.code).toBe('limit/errors')
    }
  })
})
