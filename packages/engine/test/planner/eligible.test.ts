import { defaultCatalog } from '@snackplan/catalog'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { StepDownCause } from '../../src/facts/compute'
import { profileFacts } from '../../src/facts/compute'
import {
  chooseExercise,
  eligibleEntries,
  rememberEligible,
  type Wish,
} from '../../src/planner/choose'
import { evaluateContraindications } from '../../src/planner/contraindications'
import { prng } from '../../src/planner/random'
import { compileRulebook } from '../../src/planner/rulebook'
import { defaultRules } from '../../src/rules/default'
import { arbitraryProfile } from '../../src/testing/index'
import type { Profile } from '../../src/types/profile'
import { arbitraryWish as anyWish, wishOf } from './fixtures'

// Wishes that differ from one base wish in one field each: the memory is
// asked the same shape again often, and shapes one field apart.
const fields = [
  'focus',
  'preferred',
  'setting',
  'discreet',
  'doseSec',
  'askedSec',
  'limitSec',
  'kinds',
  'maxImpact',
  'holdSec',
  'stepped',
] as const
const wishes = fc
  .tuple(
    anyWish,
    fc.array(fc.tuple(fc.constantFrom(...fields), anyWish), { minLength: 1, maxLength: 30 }),
  )
  .map(([base, changes]) =>
    changes.map(
      ([field, other]): Wish =>
        // The hold target alone, too: it is remembered apart from the hold limit.
        field === 'holdSec' && base.holdSec && other.holdSec && other.holdSec.limit.min % 2 === 0
          ? { ...base, holdSec: { limit: base.holdSec.limit, target: other.holdSec.target } }
          : { ...base, [field]: other[field] },
    ),
  )

const rules = compileRulebook([defaultRules], defaultCatalog)
const safetyOf = (profile: Profile) =>
  evaluateContraindications(defaultCatalog, rules, profileFacts(profile))

describe('rememberEligible', () => {
  it('answers every wish as eligibleEntries does, and chooseExercise chooses alike with it', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryProfile(),
        wishes,
        fc.integer({ min: 1, max: 1000 }),
        async (profile, asked, seed) => {
          const safety = await safetyOf(profile)
          const remembered = rememberEligible(defaultCatalog, safety, profile)
          const [a, b] = [prng(seed, 'x'), prng(seed, 'x')]
          const used = new Set<string>()
          for (const one of asked) {
            expect(remembered(defaultCatalog, safety, profile, one)).toEqual(
              eligibleEntries(defaultCatalog, safety, profile, one),
            )
            const recent = new Map<string, number>()
            const plain = chooseExercise(defaultCatalog, safety, profile, one, used, recent, a)
            const fast = chooseExercise(
              defaultCatalog,
              safety,
              profile,
              one,
              used,
              recent,
              b,
              remembered,
            )
            expect(fast).toEqual(plain)
            if (plain) used.add(plain.entry.id)
          }
        },
      ),
      { numRuns: 60 },
    )
  })

  it('works a wish out afresh for another profile, safety or stepped set', async () => {
    const [profile, other] = fc.sample(arbitraryProfile(), { numRuns: 2, seed: 11 })
    const safety = await safetyOf(profile!)
    const remembered = rememberEligible(defaultCatalog, safety, profile!)
    const w = wishOf({ setting: 'home', doseSec: { min: 20, max: 60 } })
    const first = remembered(defaultCatalog, safety, profile!, w)
    const steppedAll = new Map<string, StepDownCause>(first.safe.map((e) => [e.id, 'pain']))
    expect(
      remembered(defaultCatalog, safety, profile!, { ...w, stepped: steppedAll }).safe,
    ).toEqual([])
    expect(remembered(defaultCatalog, safety, { ...other!, equipment: [] }, w)).toEqual(
      eligibleEntries(defaultCatalog, safety, { ...other!, equipment: [] }, w),
    )
  })
})
