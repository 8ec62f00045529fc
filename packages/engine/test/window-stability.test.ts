import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createPlanner } from '../src/planner/create'
import { addDays } from '../src/time'
import type { PlannedDay } from '../src/types/plan'

const profile = JSON.parse(
  readFileSync(new URL('../../../examples/profiles/lars.json', import.meta.url), 'utf8'),
)
const planner = createPlanner()

describe('rolling windows', () => {
  it('a date gets the same snacks whatever window it is planned in', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: -10, max: 40 }),
        fc.integer({ min: 1, max: 9 }),
        async (offset, shift) => {
          const from = addDays(profile.programStart, offset)
          const wide = await planner.plan({ profile, from, days: 12, seed: 5 })
          const narrow = await planner.plan({
            profile,
            from: addDays(from, shift),
            days: 3,
            seed: 5,
          })
          const byDate = new Map<string, PlannedDay>(wide.days.map((d) => [d.date, d]))
          for (const day of narrow.days) expect(day).toEqual(byDate.get(day.date))
        },
      ),
      { numRuns: 15 },
    )
  })
})
