import { defaultCatalog, type ExerciseEntry } from '@snackplan/catalog'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { profileFacts } from '../../src/facts/compute'
import { chooseExercise, eligibleEntries, type Wish } from '../../src/planner/choose'
import { evaluateContraindications } from '../../src/planner/contraindications'
import { prng } from '../../src/planner/random'
import { compileRulebook } from '../../src/planner/rulebook'
import { KINDS_FOR_FOCUS } from '../../src/planner/settings'
import { defaultRules } from '../../src/rules/default'
import { arbitraryProfile } from '../../src/testing/index'
import type { Profile } from '../../src/types/profile'
import { arbitraryWish, catalogIds } from './fixtures'

const rules = compileRulebook([defaultRules], defaultCatalog)
const safetyOf = (profile: Profile) =>
  evaluateContraindications(defaultCatalog, rules, profileFacts(profile))

// chooseExercise as its doc comment states it, for a slot that asks for no
// exercise: the eligible pool (discreet ones when asked and any is), then
// unused ones while any of them has the focus, else the focus's own, else
// unused ones, else any; the highest score wins, ties go to the PRNG.
function plainChoice(
  profile: Profile,
  safety: Awaited<ReturnType<typeof safetyOf>>,
  wish: Wish,
  used: ReadonlySet<string>,
  recent: ReadonlyMap<string, number>,
  random: () => number,
): ExerciseEntry | undefined {
  const { safe, dosed } = eligibleEntries(defaultCatalog, safety, profile, wish)
  const all = dosed.length > 0 ? dosed : safe
  const discreet = all.filter((e) => e.discreet)
  const pool = wish.discreet && discreet.length > 0 ? discreet : all
  const fits = (e: ExerciseEntry) => !wish.focus || KINDS_FOR_FOCUS[wish.focus].includes(e.kind)
  const fresh = pool.filter((e) => !used.has(e.id))
  const candidates = fresh.some(fits)
    ? fresh
    : pool.some(fits)
      ? pool.filter(fits)
      : fresh.length > 0
        ? fresh
        : pool
  if (candidates.length === 0) return undefined
  const score = (e: ExerciseEntry) =>
    (wish.focus && fits(e) ? 30 : 0) +
    (wish.discreet && e.discreet ? 15 : 0) +
    (e.equipment.length > 0 ? 5 : 0) -
    6 * (recent.get(e.id) ?? 0)
  const top = Math.max(...candidates.map(score))
  const best = candidates.filter((e) => score(e) === top)
  return best[Math.floor(random() * best.length)]
}

describe('chooseExercise without preferences', () => {
  it('picks as its rule states, whatever was used today and lately', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryProfile(),
        arbitraryWish.map((w): Wish => ({ ...w, preferred: [] })),
        fc.subarray(catalogIds),
        fc.dictionary(fc.constantFrom(...catalogIds), fc.integer({ min: 0, max: 3 })),
        fc.integer({ min: 1, max: 1000 }),
        async (profile, wish, used, recent, seed) => {
          const safety = await safetyOf(profile)
          const [random, plainRandom] = [prng(seed, 'x'), prng(seed, 'x')]
          const usedToday = new Set(used)
          const recentUse = new Map(Object.entries(recent))
          const choice = chooseExercise(
            defaultCatalog,
            safety,
            profile,
            wish,
            usedToday,
            recentUse,
            random,
          )
          const plain = plainChoice(profile, safety, wish, usedToday, recentUse, plainRandom)
          expect(choice?.entry.id).toBe(plain?.id)
          // As many draws as the plain path: the next item of the day draws alike.
          expect(random()).toBe(plainRandom())
        },
      ),
      { numRuns: 200 },
    )
  })
})
