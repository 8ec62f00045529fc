import { defaultCatalog } from '@snackplan/catalog'
import { describe, expect, it } from 'vitest'
import { createPlanner, type Profile } from '../../src/index'
import { sampleProfile } from '../invariants/fixtures'

// The starter week keeps to low impact: a beginner's first days have no stair
// sprints or jumps, even where a trigger asks for them.
const planner = createPlanner()
const impact = (id: string) => defaultCatalog.get(id)!.impact

describe('a beginner’s first week is low impact', () => {
  // Anna without her knee pain: nothing else would stop a sprint.
  const eva: Profile = { ...sampleProfile('anna'), id: 'eva', conditions: [] }

  it('day 1: the after-lunch stairs are walked, not sprinted, and the plan says why', async () => {
    const plan = await planner.plan({ profile: eva, days: 1 })
    const stairs = plan.days[0]!.snacks.find((s) => s.reasons.includes('trigger:after-meal-walk'))
    expect(stairs?.exerciseId).toBe('stair-walk')
    expect(stairs?.reasons).toContain('exercise:impact-not-stair-sprint')
  })

  it('days 1-7 have no high-impact exercise at all; from week 2 the sprints come back', async () => {
    const plan = await planner.plan({ profile: eva, days: 28, seed: 1 })
    const week1 = plan.days.filter((d) => d.programDay <= 7).flatMap((d) => d.snacks)
    expect(week1.length).toBeGreaterThan(15)
    expect(week1.filter((s) => impact(s.exerciseId) === 'high')).toEqual([])
    const later = plan.days.filter((d) => d.programDay > 7).flatMap((d) => d.snacks)
    expect(later.some((s) => s.exerciseId === 'stair-sprint')).toBe(true)
  })

  it('holds for other beginners and seeds too', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const lars: Profile = { ...sampleProfile('lars'), level: 'beginner' }
      const plan = await planner.plan({ profile: lars, days: 7, seed })
      const high = plan.days.flatMap((d) => d.snacks).filter((s) => impact(s.exerciseId) === 'high')
      expect(high).toEqual([])
    }
  })
})
