import { describe, expect, it } from 'vitest'
import { checkCatalog } from '../../src/check/catalog'
import { doc, entry } from '../fixtures/entries'

function errorsOf(input: unknown) {
  const result = checkCatalog(input)
  if (result.ok) throw new Error('expected errors')
  return result.errors.map(({ code, path }) => ({ code, path }))
}

describe('checkCatalog semantic checks', () => {
  it('accepts a valid document with no warnings', () => {
    const result = checkCatalog(doc())
    expect(result.ok && result.warnings).toEqual([])
  })

  it('rejects duplicate ids at the second occurrence', () => {
    expect(errorsOf(doc([entry('a-b'), entry('c-d'), entry('a-b')]))).toEqual([
      { code: 'catalog/duplicate-id', path: '/exercises/2/id' },
    ])
  })

  it('rejects variations that do not resolve', () => {
    expect(errorsOf(doc([entry('a-b', { easier: 'nope' })]))).toEqual([
      { code: 'catalog/unknown-variation', path: '/exercises/0/easier' },
    ])
  })

  it('rejects a variation pointing at itself', () => {
    expect(errorsOf(doc([entry('a-b', { harder: 'a-b' })]))).toEqual([
      { code: 'catalog/variation-self', path: '/exercises/0/harder' },
    ])
  })

  it('rejects cycles in variation chains', () => {
    const found = errorsOf(
      doc([
        entry('aa', { easier: 'bb' }),
        entry('bb', { easier: 'cc' }),
        entry('cc', { easier: 'aa' }),
      ]),
    )
    expect(found).toContainEqual({ code: 'catalog/variation-cycle', path: '/exercises/0/easier' })
  })

  it('warns about a one-way variation link', () => {
    const result = checkCatalog(doc([entry('a-b', { easier: 'c-d' }), entry('c-d')]))
    expect(result.ok).toBe(true)
    expect(result.warnings.map((w) => w.code)).toEqual(['catalog/one-way-variation'])
  })

  it('requires min <= default <= max for every dose', () => {
    const bad = entry('a-b', {
      dose: { unit: 'seconds', min: 30, default: 20, max: 60, perSide: false },
    })
    expect(errorsOf(doc([bad]))).toEqual([
      { code: 'catalog/dose-order', path: '/exercises/0/dose/min' },
    ])
    const bad2 = entry('a-b', {
      dose: { unit: 'seconds', min: 10, default: 70, max: 60, perSide: false },
    })
    expect(errorsOf(doc([bad2]))).toEqual([
      { code: 'catalog/dose-order', path: '/exercises/0/dose/max' },
    ])
  })

  it('requires min <= target <= max for effort', () => {
    const bad = entry('a-b', { effort: { min: 5, target: 9, max: 8 } })
    expect(errorsOf(doc([bad]))).toEqual([
      { code: 'catalog/effort-order', path: '/exercises/0/effort/max' },
    ])
  })

  it('requires en, sv and da text, not empty and not blank', () => {
    const missing = entry('a-b')
    const name = { en: 'x', sv: 'y' } as unknown as typeof missing.name
    expect(errorsOf(doc([{ ...missing, name }]))).toEqual([
      { code: 'schema/required', path: '/exercises/0/name/da' },
    ])
    const blank = entry('a-b', { cues: { en: 'ok', sv: '   ', da: '' } })
    expect(errorsOf(doc([blank]))).toEqual([{ code: 'schema/empty', path: '/exercises/0/cues/da' }])
    const invisible = entry('a-b', { cues: { en: 'ok', sv: 'ok', da: '\u200B\u2060 ' } })
    expect(errorsOf(doc([invisible]))).toEqual([
      { code: 'catalog/empty-text', path: '/exercises/0/cues/da' },
    ])
    const spaces = entry('a-b', { cues: { en: 'ok', sv: '   ', da: 'ok' } })
    expect(errorsOf(doc([spaces]))).toEqual([
      { code: 'catalog/empty-text', path: '/exercises/0/cues/sv' },
    ])
  })

  it('rejects unknown keys at any level', () => {
    const withExtra = { ...entry('a-b'), colour: 'red' }
    expect(errorsOf(doc([withExtra as never]))).toEqual([
      { code: 'schema/unknown-key', path: '/exercises/0/colour' },
    ])
    expect(errorsOf({ ...doc(), extra: 1 })).toEqual([
      { code: 'schema/unknown-key', path: '/extra' },
    ])
  })

  it('normalises text to NFC', () => {
    const decomposed = 'Kna\u0308bo\u0308j'
    const result = checkCatalog(
      doc([entry('a-b', { name: { en: 'Squat', sv: decomposed, da: 'Squat' } })]),
    )
    if (!result.ok) throw new Error('expected ok')
    expect(result.value.get('a-b')?.name.sv).toBe('Knäböj')
    expect(result.value.get('a-b')?.name.sv).toHaveLength(6)
  })

  it('reports five different mistakes in one call, each at its path', () => {
    const noDa = entry('no-da')
    const found = errorsOf(
      doc([
        entry('Bad Id'),
        entry('dose-order', {
          dose: { unit: 'seconds', min: 50, default: 30, max: 60, perSide: false },
        }),
        { ...noDa, name: { en: 'x', sv: 'y' } as unknown as typeof noDa.name },
        entry('dangling', { easier: 'nope' }),
        { ...entry('extra-key'), colour: 'red' } as never,
      ]),
    )
    // Schema errors first, then the semantic checks of the entries whose shape is right.
    expect(found).toEqual([
      { code: 'schema/pattern', path: '/exercises/0/id' },
      { code: 'schema/required', path: '/exercises/2/name/da' },
      { code: 'schema/unknown-key', path: '/exercises/4/colour' },
      { code: 'catalog/dose-order', path: '/exercises/1/dose/min' },
      { code: 'catalog/unknown-variation', path: '/exercises/3/easier' },
    ])
  })

  it('does not report a variation as unknown when its target only failed the schema', () => {
    const found = errorsOf(
      doc([{ ...entry('target'), kind: 'dance' } as never, entry('points', { easier: 'target' })]),
    )
    expect(found).toEqual([{ code: 'schema/enum', path: '/exercises/0/kind' }])
  })
})

describe('schema error paths', () => {
  it('points a duplicate array item at the later copy', () => {
    const result = checkCatalog(doc([entry('a-b', { settings: ['home', 'office', 'home'] })]))
    expect(result.ok ? [] : result.errors).toEqual([
      {
        code: 'schema/duplicate-item',
        path: '/exercises/0/settings/2',
        message: 'duplicates item 0',
      },
    ])
  })
})
