import { defaultCatalog, EXERCISE_KINDS, type ExerciseEntry, SETTINGS } from '@snackplan/catalog'
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
import { KINDS_FOR_FOCUS } from '../../src/planner/settings'
import { defaultRules } from '../../src/rules/default'
import { arbitraryProfile } from '../../src/testing/index'
import type { Profile } from '../../src/types/profile'
import { wishOf } from './fixtures'

const ids = defaultCatalog.exercises.map((e) => e.id)
const range = (lo: number, hi: number) =>
  fc
    .tuple(fc.integer({ min: lo, max: hi }), fc.integer({ min: lo, max: hi }))
    .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }))
const anyWish: fc.Arbitrary<Wish> = fc.record(
  {
    focus: fc.constantFrom(undefined, 'cardio', 'strength', 'mobility'),
    preferred: fc.array(
      fc.record({ id: fc.constantFrom(...ids), strong: fc.boolean(), rule: fc.constant('r') }),
      { maxLength: 3 },
    ),
    setting: fc.constantFrom(...SETTINGS),
    discreet: fc.boolean(),
    doseSec: fc.oneof(fc.constantFrom({ min: 30, max: 60 }), range(5, 400)),
    askedSec: fc.constantFrom(10, 15, 20, 90, 120, 300),
    limitSec: fc.oneof(fc.constantFrom({ min: 20, max: 90 }), range(10, 400)),
    kinds: fc.subarray([...EXERCISE_KINDS], { minLength: 1 }),
    maxImpact: fc.constantFrom('none', 'low', 'high'),
    holdSec: fc.record({ limit: range(5, 60), target: range(5, 60) }),
    stepped: fc
      .subarray(ids.slice(0, 12), { maxLength: 4 })
      .map((some) => new Map<string, StepDownCause>(some.map((id) => [id, 'pain']))),
  },
  { requiredKeys: ['focus', 'preferred', 'setting', 'discreet', 'doseSec', 'limitSec'] },
) as fc.Arbitrary<Wish>
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

describe('chooseExercise', () => {
  it('picks as its rule states, whatever was used today and lately', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryProfile(),
        anyWish.map((w): Wish => ({ ...w, preferred: [] })),
        fc.subarray(ids),
        fc.dictionary(fc.constantFrom(...ids), fc.integer({ min: 0, max: 3 })),
        fc.integer({ min: 1, max: 1000 }),
        async (profile, wish, used, recent, seed) => {
          const safety = await safetyOf(profile)
          const usedToday = new Set(used)
          const recentUse = new Map(Object.entries(recent))
          const choice = chooseExercise(
            defaultCatalog,
            safety,
            profile,
            wish,
            usedToday,
            recentUse,
            prng(seed, 'x'),
          )
          const plain = plainChoice(profile, safety, wish, usedToday, recentUse, prng(seed, 'x'))
          expect(choice?.entry.id).toBe(plain?.id)
        },
      ),
      { numRuns: 200 },
    )
  })
})
