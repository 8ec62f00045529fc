import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateSchema } from '../../src/check/validate'
import { issuesFromSchemaErrors } from '../../src/errors/ajv'
import { validateCatalog } from '../../src/generated/validators.js'
import { catalogSchema } from '../../src/schema/catalog'
import { exerciseSchema } from '../../src/schema/exercise'
import { entry } from '../fixtures/entries'

const key = (i: { code: string; path: string; message: string }) =>
  `${i.path} ${i.code} ${i.message}`

describe('validateSchema: chunks give the same answer as one call', () => {
  it('finds the same issues as validating the whole document, when it does not stop early', () => {
    const broken = fc.constantFrom<Record<string, unknown>>(
      { kind: 'dance' },
      { id: 'Bad Id' },
      { dose: { unit: 'seconds', min: 20 } },
      { extra: true },
      { loads: ['knee', 'knee'] },
      { name: 7 },
    )
    fc.assert(
      fc.property(
        fc.integer({ min: 65, max: 300 }),
        fc.array(fc.tuple(fc.nat(), broken), { maxLength: 12 }),
        fc.constantFrom<unknown>('1.0', 7, undefined),
        (n, edits, version) => {
          const exercises: Record<string, unknown>[] = Array.from({ length: n }, (_, i) => ({
            ...entry(`e-${i}`),
          }))
          for (const [at, change] of edits) Object.assign(exercises[at % n]!, change)
          const doc = { id: 'test', version, exercises }
          const schema = (path: string) =>
            path.startsWith('/exercises/') ? exerciseSchema : catalogSchema
          const chunked = validateSchema(validateCatalog, doc, ['exercises'], schema)
          fc.pre(chunked.complete)
          const whole = validateCatalog(doc)
            ? []
            : issuesFromSchemaErrors(validateCatalog.errors ?? [], { document: doc, schema })
          expect(chunked.issues.map(key).sort()).toEqual(whole.map(key).sort())
        },
      ),
      { numRuns: 60 },
    )
  })
})
