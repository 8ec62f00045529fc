import { describe, expect, it } from 'vitest'
import { checkCatalog } from '../../src/check/catalog'
import { checkLimits, DEFAULT_LIMITS } from '../../src/input/limits'
import { boundIssues, MAX_MESSAGE } from '../../src/input/read'
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
    const many = Array.from({ length: 100 }, () => Array.from({ length: 3_000 }, () => 0))
    expect(checkLimits(many).map((e) => e.code)).toEqual(['limit/nodes'])
  })

  it('refuses a list too long or an object with too many keys, at its path', () => {
    // A schema reports each bad item or unknown key: 100 000 of them took seconds.
    const long = { ...doc(), exercises: [{ ...entry('a-b'), loads: Array(5_001).fill(0) }] }
    expect(checkCatalog(long)).toMatchObject({
      ok: false,
      errors: [{ code: 'limit/items', path: '/exercises/0/loads' }],
    })
    const keys = Object.fromEntries(Array.from({ length: 1_001 }, (_, i) => [`k${i}`, 0]))
    expect(checkCatalog({ ...doc(), exercises: [{ ...entry('a-b'), ...keys }] })).toMatchObject({
      ok: false,
      errors: [{ code: 'limit/keys', path: '/exercises/0' }],
    })
    expect([DEFAULT_LIMITS.maxItems, DEFAULT_LIMITS.maxKeys]).toEqual([5_000, 1_000])
  })

  it('refuses a key too long for a readable path, and keeps every message short', () => {
    // Found by the fuzz suite: a 2 000-character key made a 2 000-character message.
    const key = 'é'.repeat(201)
    const result = checkCatalog({ ...doc(), exercises: [{ ...entry('a-b'), [key]: 1 }] })
    expect(result).toMatchObject({
      ok: false,
      errors: [{ code: 'limit/key-length', path: '/exercises/0' }],
    })
    expect(DEFAULT_LIMITS.maxKeyLength).toBe(200)
    const long = boundIssues([{ code: 'x/y', path: '', message: 'quoted: '.padEnd(3_000, 'x') }])
    expect(long.map((i) => [i.message.length, i.message.endsWith('...')])).toEqual([[500, true]])
    expect(MAX_MESSAGE).toBe(500)
  })

  it('validates long lists in chunks and stops once more errors are found than it reports', () => {
    // 1500 entries, each with 90 bad values: every one would be an error.
    const bad = Array.from({ length: 1_500 }, (_, i) => ({
      ...entry(`e-${i}`),
      loads: Array(90).fill(0),
    }))
    const result = checkCatalog(doc(bad))
    expect(result.ok ? [] : result.errors.slice(-1)).toEqual([
      {
        code: 'limit/errors',
        path: '',
        message: 'more errors not shown: checking stopped after 50',
      },
    ])
    expect(result.ok ? 0 : result.errors.length).toBe(51)
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
