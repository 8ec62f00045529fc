import { defaultCatalog } from '@snackplan/catalog'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Lru } from '../../src/evaluate/lru'
import type { RuleMemory } from '../../src/evaluate/remember'
import { exerciseFacts, profileFacts } from '../../src/facts/compute'
import { compileRulebook, safetyRules } from '../../src/planner/rulebook'
import { defaultRules } from '../../src/rules/default'
import { arbitraryProfile } from '../../src/testing/index'

const memory = (size: number): RuleMemory => ({ entries: new Lru(size), hits: 0, misses: 0 })
const items = defaultCatalog.exercises.map(exerciseFacts)
const sets = [safetyRules(defaultRules)]

describe('runEach: contraindications remembered for the whole catalog', () => {
  it('answers every exercise as a plain run does, for profiles in known and new classes, and stays within its bound', async () => {
    const plain = compileRulebook(sets, defaultCatalog).contraindications
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbitraryProfile(), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 3000 }),
        async (profiles, size) => {
          const mem = memory(size)
          const remembering = compileRulebook(sets, defaultCatalog, mem).contraindications
          // Twice over: the second round answers from the whole-catalog entries or the columns.
          for (const profile of [...profiles, ...profiles]) {
            const shared = profileFacts(profile)
            const each = await remembering.runEach(shared, items)
            const want = await Promise.all(items.map((item) => plain.run({ ...shared, ...item })))
            expect(JSON.stringify(each)).toBe(JSON.stringify(want))
            expect(mem.entries.size).toBeLessThanOrEqual(size)
          }
        },
      ),
      { numRuns: 25 },
    )
  })

  it('a profile whose classes were seen is answered without json-rules-engine', async () => {
    const mem = memory(10_000)
    const group = compileRulebook(sets, defaultCatalog, mem).contraindications
    const [a, b] = fc.sample(arbitraryProfile(), { numRuns: 2, seed: 3 })
    await group.runEach(profileFacts({ ...a!, conditions: ['knee-pain'] }), items)
    const { misses, hits } = mem
    // Other facts, the same classes of the facts contraindications read.
    await group.runEach(
      profileFacts({
        ...b!,
        conditions: ['knee-pain'],
        injuries: a!.injuries,
        clearedForVigorous: a!.clearedForVigorous,
      }),
      items,
    )
    expect(mem.misses).toBe(misses)
    expect(mem.hits).toBe(hits + items.length)
  })

  it('answers another list of items afresh, never from what it remembered for the catalog', async () => {
    const mem = memory(10_000)
    const group = compileRulebook(sets, defaultCatalog, mem).contraindications
    const plain = compileRulebook(sets, defaultCatalog).contraindications
    const [a] = fc.sample(arbitraryProfile(), { numRuns: 1, seed: 5 })
    const shared = profileFacts({ ...a!, conditions: ['knee-pain'] })
    await group.runEach(shared, items)
    // The same facts in new objects, then fewer items: each answered as a plain run does.
    for (const other of [items.map((i) => ({ ...i })), items.slice(1)]) {
      const each = await group.runEach(shared, other)
      const want = await Promise.all(other.map((item) => plain.run({ ...shared, ...item })))
      expect(JSON.stringify(each)).toBe(JSON.stringify(want))
    }
  })

  it('keeps one shared empty list for every exercise nothing fired for, so an entry holds no array per exercise', async () => {
    const mem = memory(10_000)
    const group = compileRulebook(sets, defaultCatalog, mem).contraindications
    const profiles = fc.sample(arbitraryProfile(), { numRuns: 6, seed: 11 })
    const empty = new Set<object>()
    // Twice over, so the second round answers from remembered entries.
    for (const profile of [...profiles, ...profiles]) {
      for (const list of await group.runEach(profileFacts(profile), items)) {
        if (list.length === 0) empty.add(list)
      }
    }
    expect(empty.size).toBe(1)
  })

  it('answers as a plain run does while plans with other lists of items run at the same time', async () => {
    const plain = compileRulebook(sets, defaultCatalog).contraindications
    // The same facts in new objects, and a shorter list: answers must never cross between them.
    const lists = [items, items.map((i) => ({ ...i })), items.slice(2)]
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbitraryProfile(), { minLength: 2, maxLength: 4 }),
        async (profiles) => {
          const group = compileRulebook(sets, defaultCatalog, memory(10_000)).contraindications
          const calls = profiles.flatMap((p) =>
            lists.map((list) => ({ shared: profileFacts(p), list })),
          )
          // Two rounds at once, so that later calls answer from what earlier ones remembered.
          for (let round = 0; round < 2; round++) {
            const answers = await Promise.all(
              calls.map(({ shared, list }) => group.runEach(shared, list)),
            )
            for (const [n, { shared, list }] of calls.entries()) {
              const want = await Promise.all(list.map((item) => plain.run({ ...shared, ...item })))
              expect(JSON.stringify(answers[n])).toBe(JSON.stringify(want))
            }
          }
        },
      ),
      { numRuns: 6 },
    )
  })
})
