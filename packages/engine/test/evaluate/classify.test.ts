import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classifier } from '../../src/evaluate/classify'
import { RuleGroup } from '../../src/evaluate/engine'
import { OPERATORS } from '../../src/facts/registry'
import type { FactCondition } from '../../src/rules/types'

// One fact, named as a plugin's so any value type is allowed. Tested values
// and fact values come from one small pool, so classes collide often.
const F = 'plugin.test.f'
const atom = fc.oneof(
  fc.integer({ min: -2, max: 6 }),
  fc.constantFrom(0.5, -0, Number.POSITIVE_INFINITY),
  fc.constantFrom('a', 'b', 'c', '3', ''),
  fc.boolean(),
)
const factValue = fc.oneof(
  atom,
  fc.constantFrom(null, Number.NaN),
  fc.array(fc.constantFrom('a', 'b', 'c', 1, 2), { maxLength: 4 }),
)
const leaf = fc
  .constantFrom(...new Set(Object.values(OPERATORS).flat()))
  .chain((operator) =>
    (operator === 'in' || operator === 'notIn'
      ? fc.array(atom, { minLength: 1, maxLength: 3 })
      : atom
    ).map((value) => ({ fact: F, operator, value }) as FactCondition),
  )

async function fires(l: FactCondition, value: unknown): Promise<boolean> {
  const group = new RuleGroup([{ name: 'r', conditions: { all: [l] }, event: { type: 'exclude' } }])
  return (await group.run({ [F]: value })).length === 1
}

describe('classifier: values of one class get one answer from json-rules-engine', () => {
  it('for every leaf over the fact, all values in one class fire alike', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(leaf, { minLength: 1, maxLength: 3 }),
        fc.array(factValue, { maxLength: 6 }),
        async (leaves, drawn) => {
          const classify = classifier(leaves)
          if (!classify) return
          // The tested values, their neighbours and a few drawn values.
          const tested = leaves.flatMap((l) => (Array.isArray(l.value) ? l.value : [l.value]))
          const near = tested.flatMap((v) => (typeof v === 'number' ? [v - 0.5, v + 0.5] : []))
          const pool = [...tested, ...near, ...drawn, ...tested.map((v) => [v])]
          const answers = new Map<string, string>()
          for (const value of pool) {
            const c = classify(value)
            if (c === undefined) continue
            const answer = (await Promise.all(leaves.map((l) => fires(l, value)))).join()
            expect(answers.get(c) ?? answer, `class ${c} for ${String(value)}`).toBe(answer)
            answers.set(c, answer)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('tells apart values json-rules-engine answers differently (the classes are not all one)', () => {
    const classify = classifier([{ fact: F, operator: 'greaterThan', value: 3 }])!
    expect(classify(3)).not.toBe(classify(4))
    expect(classify(4)).toBe(classify(10))
    expect(classify('4')).toBeUndefined()
    const member = classifier([{ fact: F, operator: 'contains', value: 'a' }])!
    expect(member(['a'])).not.toBe(member(['b']))
  })
})
