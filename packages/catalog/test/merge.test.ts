import { describe, expect, it } from 'vitest'
import { loadCatalog } from '../src/check/catalog'
import { isSnackplanError } from '../src/errors/error'
import { localize, localizeText } from '../src/localize'
import { mergeCatalogs } from '../src/merge'
import { doc, entry } from './fixtures/entries'

describe('mergeCatalogs', () => {
  const base = loadCatalog(doc())

  it('adds a user’s exercises, which may name base entries as variations', () => {
    const extra = {
      id: 'mine',
      version: '2',
      exercises: [entry('desk-dips', { easier: 'chair-squat' })],
    }
    const merged = mergeCatalogs(base, extra)
    expect(merged.id).toBe('test+mine')
    expect(merged.exercises.map((e) => e.id)).toEqual([
      'chair-squat',
      'squat',
      'wall-push-up',
      'desk-dips',
    ])
    expect(merged.byKind.get('strength')).toHaveLength(4)
    expect(base.has('desk-dips')).toBe(false)
  })

  it('accepts a loaded catalog as the extra part', () => {
    const extra = loadCatalog({ id: 'mine', version: '2', exercises: [entry('desk-dips')] })
    expect(mergeCatalogs(base, extra).has('desk-dips')).toBe(true)
  })

  it('refuses id conflicts with a path into the extra document', () => {
    const extra = { id: 'mine', version: '2', exercises: [entry('new-one'), entry('squat')] }
    try {
      mergeCatalogs(base, extra)
      expect.unreachable()
    } catch (e) {
      expect(isSnackplanError(e) && e.errors).toMatchObject([
        { code: 'catalog/id-conflict', path: '/exercises/1/id' },
      ])
    }
  })
})

describe('localize', () => {
  const squat = entry('squat', { name: { en: 'Squat', sv: 'Knäböj', da: 'Squat' } })

  it('picks the locale and falls back to en', () => {
    expect(localize(squat, 'sv').name).toBe('Knäböj')
    expect(localize(squat, 'de')).toMatchObject({ locale: 'en', name: 'Squat' })
    expect(localizeText({ en: 'a', sv: ' ', da: 'c' }, 'sv')).toBe('a')
  })
})
