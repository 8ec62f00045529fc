import { describe, expect, it } from 'vitest'
import { checkCatalog, loadCatalog } from '../../src/check/catalog'
import { isSnackplanError, SnackplanError } from '../../src/errors/error'
import { doc, entry } from '../fixtures/entries'

describe('loadCatalog', () => {
  it('returns a frozen, indexed catalog', () => {
    const catalog = loadCatalog(JSON.stringify(doc()))
    expect(Object.isFrozen(catalog)).toBe(true)
    expect(Object.isFrozen(catalog.exercises[0])).toBe(true)
    expect(Object.isFrozen(catalog.exercises[0]?.dose)).toBe(true)
    expect(catalog.get('squat')?.easier).toBe('chair-squat')
    expect(catalog.has('nope')).toBe(false)
    expect(catalog.byKind.get('strength')?.map((e) => e.id)).toEqual([
      'chair-squat',
      'squat',
      'wall-push-up',
    ])
    expect(catalog.bySetting.get('office')).toHaveLength(3)
    expect(catalog.byImpact.get('high')).toBeUndefined()
  })

  it('does not keep references to the caller’s objects', () => {
    const input = doc()
    const catalog = loadCatalog(input)
    input.exercises[0]!.kind = 'cardio'
    expect(catalog.get('chair-squat')?.kind).toBe('strength')
  })

  it('throws a SnackplanError with every issue', () => {
    const bad = doc([entry('a-b', { easier: 'x-y' }), entry('a-b')])
    let caught: unknown
    try {
      loadCatalog(bad)
    } catch (e) {
      caught = e
    }
    expect(isSnackplanError(caught)).toBe(true)
    const err = caught as SnackplanError
    expect(err.code).toBe('catalog/duplicate-id')
    expect(err.path).toBe('/exercises/1/id')
    expect(err.errors).toHaveLength(2)
    expect(err.message).toMatch(/^\[snackplan\] \[catalog\] \/exercises\/1\/id: .*\(and 1 more\)$/)
  })

  it('isSnackplanError ignores look-alikes and works across copies', () => {
    expect(isSnackplanError(new Error('x'))).toBe(false)
    expect(isSnackplanError({ code: 'x', path: '' })).toBe(false)
    const foreign = { [Symbol.for('snackplan.error')]: true }
    expect(isSnackplanError(foreign)).toBe(true)
    expect(new SnackplanError([{ code: 'a', path: '/b', message: 'c' }])).toBeInstanceOf(Error)
  })

  it('check never throws for garbage', () => {
    for (const garbage of [null, 1, 'x', [], {}, { exercises: 'no' }, Symbol.iterator.toString()]) {
      expect(checkCatalog(garbage).ok).toBe(false)
    }
  })
})
