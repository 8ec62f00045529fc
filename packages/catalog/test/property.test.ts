import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkCatalog } from '../src/check/catalog'
import { validEntry } from './fixtures/arbitraries'

describe('properties', () => {
  it('any generated valid entry loads', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(validEntry(), { selector: (e) => e.id, minLength: 1, maxLength: 8 }),
        (entries) => {
          const result = checkCatalog({ id: 'gen', version: '1', exercises: entries })
          expect(result.ok ? result.warnings : result.errors).toEqual([])
        },
      ),
    )
  })

  it('breaking one rule is reported at the right path', () => {
    type Break = {
      path: (i: number) => string
      code: string
      apply: (e: Record<string, unknown>) => void
    }
    const breaks: Break[] = [
      {
        code: 'schema/unknown-key',
        path: (i) => `/exercises/${i}/bogus`,
        apply: (e) => {
          e.bogus = 1
        },
      },
      {
        code: 'schema/required',
        path: (i) => `/exercises/${i}/kind`,
        apply: (e) => {
          delete e.kind
        },
      },
      {
        code: 'schema/enum',
        path: (i) => `/exercises/${i}/impact`,
        apply: (e) => {
          e.impact = 'huge'
        },
      },
      {
        code: 'schema/pattern',
        path: (i) => `/exercises/${i}/id`,
        apply: (e) => {
          e.id = 'Not Kebab'
        },
      },
      {
        code: 'schema/range',
        path: (i) => `/exercises/${i}/effort/target`,
        apply: (e) => {
          ;(e.effort as Record<string, number>).target = 11
        },
      },
      {
        code: 'catalog/dose-order',
        path: (i) => `/exercises/${i}/dose/min`,
        apply: (e) => {
          const d = e.dose as { min: number; default: number; max: number }
          d.min = d.default + 1
          d.max = Math.max(d.max, d.min)
        },
      },
      {
        code: 'catalog/unknown-variation',
        path: (i) => `/exercises/${i}/easier`,
        apply: (e) => {
          e.easier = 'no-such-entry'
        },
      },
    ]
    fc.assert(
      fc.property(
        fc.uniqueArray(validEntry(), { selector: (e) => e.id, minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.constantFrom(...breaks),
        (entries, pick, brk) => {
          const i = pick % entries.length
          const copy = structuredClone(entries) as unknown as Record<string, unknown>[]
          brk.apply(copy[i]!)
          const result = checkCatalog({ id: 'gen', version: '1', exercises: copy })
          expect(result.ok).toBe(false)
          if (!result.ok)
            expect(result.errors).toContainEqual(
              expect.objectContaining({ code: brk.code, path: brk.path(i) }),
            )
        },
      ),
    )
  })
})
