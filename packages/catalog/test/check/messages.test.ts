import { describe, expect, it } from 'vitest'
import { checkCatalog } from '../../src/check/catalog'
import { issuesFromSchemaErrors } from '../../src/errors/ajv'
import { entry } from '../fixtures/entries'

// Pins the wording of catalog errors: the bad value repeated, the nearest
// allowed value or key suggested, one error per mistake.
const messages = (change: Record<string, unknown>) => {
  const result = checkCatalog({
    id: 'mine',
    version: '1.0.0',
    exercises: [{ ...entry('wall-sit'), ...change }],
  })
  return result.ok ? [] : result.errors.map((e) => `${e.path} ${e.code}: ${e.message}`)
}

describe('catalog error messages', () => {
  it('an enum value near an allowed one', () => {
    expect(messages({ kind: 'strenght' })).toMatchInlineSnapshot(`
      [
        "/exercises/0/kind schema/enum: must be one of "cardio", "strength", "mobility", "isometric", "breathing", got "strenght"; did you mean "strength"?",
      ]
    `)
  })

  it('a misspelt key: one error, not also "impact is required"', () => {
    const { impact, ...rest } = entry('wall-sit')
    const result = checkCatalog({
      id: 'mine',
      version: '1.0.0',
      exercises: [{ ...rest, impakt: impact }],
    })
    expect(
      result.ok ? [] : result.errors.map((e) => `${e.path} ${e.code}: ${e.message}`),
    ).toMatchInlineSnapshot(`
        [
          "/exercises/0/impakt schema/unknown-key: unknown key "impakt"; did you mean "impact"?",
        ]
      `)
  })

  it('a value of the wrong type, and an id in the wrong form', () => {
    expect(messages({ discreet: 'no' })).toMatchInlineSnapshot(`
      [
        "/exercises/0/discreet schema/type: must be true or false, got the string "no"",
      ]
    `)
    expect(messages({ id: 'Wall Sit' })).toMatchInlineSnapshot(`
      [
        "/exercises/0/id schema/pattern: must match ^[a-z0-9]+(-[a-z0-9]+)*$, got "Wall Sit"",
      ]
    `)
  })
})

describe('issuesFromSchemaErrors: document paths', () => {
  it('reads the bad value at a path whose keys hold "#" or ".json"', () => {
    // Only schema paths carry a "#" or a schema URI before the pointer; a
    // document's keys are read as they are.
    const document = { 'notes#1': { 'plan.json': { level: 'expret' } } }
    const [issue] = issuesFromSchemaErrors(
      [
        {
          instancePath: '/notes#1/plan.json/level',
          keyword: 'enum',
          params: { allowedValues: ['beginner', 'expert'] },
          schemaPath: '#/properties/level/enum',
        },
      ],
      { document },
    )
    expect(issue?.message).toBe(
      'must be one of "beginner", "expert", got "expret"; did you mean "expert"?',
    )
  })
})
