import { defaultCatalog } from '@snackplan/catalog'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CONDITIONS, type Condition, createPlanner } from '../../src/index'
import {
  arbitraryProfile,
  builtinContraindications,
  checkInvariants,
} from '../../src/testing/index'
import { baseProfile } from '../planner/fixtures'

const planner = createPlanner()
const combos: Condition[][] = [
  ...CONDITIONS.map((c) => [c]),
  ...CONDITIONS.flatMap((a, i) => CONDITIONS.slice(i + 1).map((b) => [a, b])),
  [...CONDITIONS],
]

describe('conditions never get a contraindicated exercise', () => {
  // Exhaustive over single conditions, every pair and all at once, cleared or not:
  // whatever the hand-written safety semantics forbid is excluded or substituted.
  it.each([false, true])(
    'every condition and pair of conditions (cleared: %s)',
    async (cleared) => {
      for (const conditions of combos) {
        const profile = baseProfile({ conditions, clearedForVigorous: cleared })
        const plan = await planner.plan({ profile, days: 1 })
        const excluded = new Set(plan.excluded.map((e) => e.exerciseId))
        const unsafe = defaultCatalog.exercises.filter(
          (e) => builtinContraindications(profile, e).length > 0,
        )
        expect(
          unsafe.filter((e) => !excluded.has(e.id)).map((e) => e.id),
          conditions.join('+'),
        ).toEqual([])
        for (const { reasons } of plan.excluded) expect(reasons.length).toBeGreaterThan(0)
      }
    },
  )

  it('plans for random combinations schedule nothing contraindicated and cap effort until cleared', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryProfile().filter((p) => p.conditions.length > 0),
        fc.integer({ min: 1, max: 1000 }),
        async (profile, seed) => {
          const plan = await planner.plan({ profile, days: 14, seed })
          expect(checkInvariants(plan, { profile, request: { days: 14 } })).toEqual([])
        },
      ),
      { numRuns: 40 },
    )
  })

  it('clearance lifts the effort cap but never an exclusion', async () => {
    const profile = baseProfile({ conditions: ['cardiovascular', 'knee-pain'] })
    const capped = await planner.plan({ profile, days: 14 })
    const cleared = await planner.plan({
      profile: { ...profile, clearedForVigorous: true },
      days: 14,
    })
    const efforts = (p: typeof capped) => p.days.flatMap((d) => d.snacks.map((s) => s.effort))
    expect(Math.max(...efforts(capped))).toBeLessThanOrEqual(5)
    expect(Math.max(...efforts(cleared))).toBeGreaterThan(5)
    const ids = (p: typeof capped) => p.excluded.map((e) => e.exerciseId)
    // knee-pain still bars the jumps after clearance.
    expect(ids(cleared)).toEqual(expect.arrayContaining(['jumping-jacks', 'squat-jump']))
  })
})
