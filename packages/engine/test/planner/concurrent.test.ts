import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RuleGroup } from '../../src/evaluate/engine'
import { createPlanner } from '../../src/index'
import type { Rule } from '../../src/rules/types'
import { arbitraryProfile } from '../../src/testing/index'

// A feed server plans for several requests at once on one planner, and its
// plans must be the ones a planner makes one at a time: json-rules-engine
// keeps one status per Engine, and a run that finished used to cut short
// another run still at an earlier priority level, dropping its remaining
// rules' events (contraindications included).

describe('one planner, many plans at once', () => {
  it('plans made at the same time are byte-identical to plans made one at a time, rule memory on and off', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbitraryProfile(), { minLength: 2, maxLength: 5 }),
        fc.constantFrom(0, 10_000),
        fc.integer({ min: 1, max: 10 }),
        async (profiles, ruleCacheSize, days) => {
          const alone = createPlanner({ ruleCacheSize })
          const want: string[] = []
          for (const profile of profiles)
            want.push(JSON.stringify(await alone.plan({ profile, days })))
          const shared = createPlanner({ ruleCacheSize })
          const got = await Promise.all(profiles.map((profile) => shared.plan({ profile, days })))
          expect(got.map((plan) => JSON.stringify(plan))).toEqual(want)
        },
      ),
      { numRuns: 12 },
    )
  })

  it('a rule group answers runs that overlap as it answers them one by one, over every priority level', async () => {
    const rule = (name: string, priority: number, min: number): Rule => ({
      name,
      priority,
      conditions: { all: [{ fact: 'program.day', operator: 'greaterThanInclusive', value: min }] },
      event: { type: 'exclude' },
    })
    const group = new RuleGroup([rule('high', 3, 0), rule('middle', 2, 1), rule('low', 1, 2)])
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ n: fc.integer({ min: 0, max: 3 }), ticks: fc.nat(80) }), {
          minLength: 2,
          maxLength: 8,
        }),
        async (runs) => {
          const want: string[] = []
          for (const { n } of runs) want.push(JSON.stringify(await group.run({ 'program.day': n })))
          // Each run starts a few microtasks late, so runs overlap at every stage.
          const got = await Promise.all(
            runs.map(async ({ n, ticks }) => {
              for (let t = 0; t < ticks; t++) await null
              return group.run({ 'program.day': n })
            }),
          )
          expect(got.map((fired) => JSON.stringify(fired))).toEqual(want)
        },
      ),
    )
  })

  it('a run that fails leaves the runs after it whole', async () => {
    // Ten priority levels, and one rule at the top that reads a fact the failing run lacks.
    const rules: Rule[] = [
      {
        name: 'reads-level',
        priority: 20,
        conditions: { all: [{ fact: 'profile.level', operator: 'equal', value: 'beginner' }] },
        event: { type: 'exclude' },
      },
      ...Array.from(
        { length: 10 },
        (_, i): Rule => ({
          name: `level-${i}`,
          priority: 10 - i,
          conditions: {
            all: [{ fact: 'program.day', operator: 'greaterThanInclusive', value: 0 }],
          },
          event: { type: 'exclude' },
        }),
      ),
    ]
    const group = new RuleGroup(rules)
    const good = { 'profile.level': 'beginner', 'program.day': 1 }
    const alone = JSON.stringify(await group.run(good))
    expect(JSON.parse(alone)).toHaveLength(11)
    const [failed, after] = await Promise.allSettled([
      group.run({ 'program.day': 1 }),
      group.run(good),
    ])
    expect(failed.status).toBe('rejected')
    expect(after.status === 'fulfilled' && JSON.stringify(after.value)).toBe(alone)
  })
})
