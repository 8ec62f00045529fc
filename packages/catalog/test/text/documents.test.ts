import { describe, expect, it } from 'vitest'
import { checkCatalog } from '../../src/check/catalog'
import { defaultCatalog } from '../../src/default-catalog'
import { doc, entry } from '../fixtures/entries'

const text = (en: string) => ({ en, sv: 'Knäböj', da: 'Knæbøjning' })

describe('checkCatalog applies the text policy', () => {
  it('refuses a bidi control or a lone surrogate in any text, at its path', () => {
    const result = checkCatalog(
      doc([
        entry('chair-squat', { name: text('Chair \u202Etauqs') }),
        entry('wall-sit', { cues: { ...text('Sit.'), sv: 'Sitt \uD800' } }),
      ]),
    )
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.path])).toEqual([
      ['text/bidi-control', '/exercises/0/name/en'],
      ['text/lone-surrogate', '/exercises/1/cues/sv'],
    ])
    expect(result.ok ? '' : result.errors[0]?.message).toMatch(/U\+202E RIGHT-TO-LEFT OVERRIDE/)
  })

  it('loads text in NFC with each TAB read as a space', () => {
    const result = checkCatalog(
      doc([entry('chair-squat', { name: text('Kn\u0065\u0301e\tbend') })]),
    )
    expect(result.ok && result.value.get('chair-squat')?.name.en).toBe('Kn\u00e9e bend')
  })
})

describe('a loaded catalog is its document again', () => {
  it('passes checkCatalog as a value and as JSON, its indexes hidden from both', () => {
    expect(Object.keys(defaultCatalog)).toEqual(['id', 'version', 'exercises'])
    expect(checkCatalog(defaultCatalog).ok).toBe(true)
    const again = checkCatalog(JSON.stringify(defaultCatalog))
    expect(again.ok && again.value.exercises).toEqual(defaultCatalog.exercises)
    expect(again.ok && again.value.get('wall-sit')).toEqual(defaultCatalog.get('wall-sit'))
    expect(defaultCatalog.byKind.get('isometric')?.length).toBeGreaterThan(0)
  })
})
