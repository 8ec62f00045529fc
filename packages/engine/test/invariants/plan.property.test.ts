import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createPlanner, defaultRules } from '../../src/index'
import { arbitraryProfile, checkInvariants } from '../../src/testing/index'

const planner = createPlanner()
const seedArb = fc.integer({ min: 1, max: 1_000_000 })

describe('plan invariants (ARCHITECTURE.md) over random valid profiles', () => {
  it('every plan keeps every invariant', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryProfile(),
        seedArb,
        fc.integer({ min: 7, max: 14 }),
        async (profile, seed, days) => {
          const plan = await planner.plan({ profile, days, seed })
          expect(
            checkInvariants(plan, { profile, request: { days }, rules: [defaultRules] }),
          ).toEqual([])
        },
      ),
      { numRuns: 50 },
    )
  })

  it('is deterministic: same inputs and seed give byte-identical JSON, from fresh planners too', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryProfile(), seedArb, async (profile, seed) => {
        const a = JSON.stringify(await planner.plan({ profile, days: 10, seed }))
        const b = JSON.stringify(
          await createPlanner().plan({ profile: structuredClone(profile), days: 10, seed }),
        )
        expect(b).toBe(a)
      }),
      { numRuns: 25 },
    )
  })

  it('plans from any start date keep the invariants, including days before programStart', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryProfile(),
        fc.integer({ min: -10, max: 60 }),
        async (profile, shift) => {
          const from = new Date(Date.parse(profile.programStart) + shift * 86_400_000)
            .toISOString()
            .slice(0, 10)
          const plan = await planner.plan({ profile, from, days: 7, seed: 1 })
          expect(checkInvariants(plan, { profile, request: { from, days: 7 } })).toEqual([])
          for (const day of plan.days) if (day.programDay < 1) expect(day.snacks).toEqual([])
        },
      ),
      { numRuns: 25 },
    )
  })
})
