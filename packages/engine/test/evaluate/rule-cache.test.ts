import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createPlanner, defaultRules, type SnackplanPlugin } from '../../src/index'
import { arbitraryProfile, arbitraryRuleSet } from '../../src/testing/index'

// A plugin whose facts rules can test: one per profile, one per day.
const facts: SnackplanPlugin = {
  name: 'probe',
  facts: {
    'plugin.probe.rainy': {
      type: 'boolean',
      scope: 'day',
      description: 'Odd days of the month.',
      value: ({ date }) => Number((date ?? '').slice(8)) % 2 === 1,
    },
    'plugin.probe.score': {
      type: 'number',
      scope: 'profile',
      description: 'The length of the profile id.',
      value: ({ profile }) => profile.id.length,
    },
    'plugin.probe.tags': {
      type: 'string[]',
      scope: 'day',
      values: ['a', 'b', 'c'],
      description: 'Tags by weekday.',
      value: ({ date }) => (Number((date ?? '').slice(8)) % 3 === 0 ? ['a', 'c'] : ['b']),
    },
  },
}
const extraFacts = Object.fromEntries(
  Object.entries(facts.facts ?? {}).map(([name, { type, scope, values }]) => [
    name,
    { type, scope, ...(values ? { values } : {}) },
  ]),
)

const seedArb = fc.integer({ min: 1, max: 1_000_000 })

describe('rule-result memory (ruleCacheSize)', () => {
  it('plans are byte-identical with the memory on and off, over generated rule sets, plugin facts and several profiles per planner, and it never holds more than its bound', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbitraryProfile(), { minLength: 1, maxLength: 3 }),
        arbitraryRuleSet({ extraFacts }),
        fc.integer({ min: 1, max: 400 }),
        seedArb,
        fc.integer({ min: 1, max: 21 }),
        async (profiles, set, size, seed, days) => {
          const rules = [defaultRules, set]
          const cached = createPlanner({ rules, plugins: [facts], ruleCacheSize: size })
          const plain = createPlanner({ rules, plugins: [facts], ruleCacheSize: 0 })
          // Twice over, so the second round answers from what the first remembered.
          for (const profile of [...profiles, ...profiles]) {
            const a = JSON.stringify(await plain.plan({ profile, days, seed }))
            const b = JSON.stringify(await cached.plan({ profile, days, seed }))
            expect(b).toBe(a)
            const stats = cached.ruleCacheStats()
            expect(stats.size).toBeLessThanOrEqual(size)
            expect(stats.maxSize).toBe(size)
          }
        },
      ),
      { numRuns: 30 },
    )
  })

  it('one long-lived planner with the default rules and size gives the plain answer to every profile', async () => {
    const cached = createPlanner()
    const plain = createPlanner({ ruleCacheSize: 0 })
    await fc.assert(
      fc.asyncProperty(arbitraryProfile(), seedArb, async (profile, seed) => {
        const a = JSON.stringify(await plain.plan({ profile, days: 28, seed }))
        expect(JSON.stringify(await cached.plan({ profile, days: 28, seed }))).toBe(a)
      }),
      { numRuns: 25 },
    )
    const stats = cached.ruleCacheStats()
    expect(stats.hits).toBeGreaterThan(stats.misses)
    expect(stats.size).toBeLessThanOrEqual(stats.maxSize)
    expect(plain.ruleCacheStats()).toEqual({
      hits: 0,
      misses: 0,
      evictions: 0,
      size: 0,
      maxSize: 0,
    })
  })

  it('a small memory evicts the least recently used entries and stays within its bound', async () => {
    const planner = createPlanner({ ruleCacheSize: 5 })
    const [profile] = fc.sample(arbitraryProfile(), { numRuns: 1, seed: 7 })
    await planner.plan({ profile: profile!, days: 14 })
    const stats = planner.ruleCacheStats()
    expect(stats.size).toBe(5)
    expect(stats.evictions).toBeGreaterThan(0)
  })

  it('refuses a ruleCacheSize that is not a whole number, 0 or more', () => {
    for (const ruleCacheSize of [-1, 1.5, Number.NaN, '10' as unknown as number]) {
      expect(() => createPlanner({ ruleCacheSize })).toThrow(/ruleCacheSize must be a whole number/)
    }
  })
})
