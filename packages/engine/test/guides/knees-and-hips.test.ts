import { defaultCatalog } from '@snackplan/catalog'
import { describe, expect, it } from 'vitest'
import { createPlanner, type Plan } from '../../src/index'
import { checkInvariants, JOINT_FRIENDLY } from '../../src/testing/index'
import { people } from './fixtures'

// Sore knees or hips: the guide's low-impact list, not only "no jumps".
const planner = createPlanner()
const efforts = (plan: Plan) =>
  plan.days
    .flatMap((d) => d.snacks)
    .filter((s) => ['cardio', 'strength', 'isometric'].includes(s.kind))

const karin = people.karin!
const priya = people.priya!

describe('knee and hip pain choose from the low-impact list', () => {
  it.each([
    ['karin, knee pain', karin, 'knee'],
    ['priya, hip pain', priya, 'hip'],
  ] as const)('%s: every effort that loads the joint is on the list', async (_, profile, joint) => {
    const plan = await planner.plan({ profile, days: 28, seed: 1 })
    expect(checkInvariants(plan, { profile, request: { days: 28 } })).toEqual([])
    const loading = efforts(plan).filter((s) =>
      defaultCatalog.get(s.exerciseId)!.loads.includes(joint),
    )
    expect(loading.length).toBeGreaterThan(20)
    for (const s of loading) expect(JOINT_FRIENDLY, s.id).toContain(s.exerciseId)
    for (const id of ['lunge', 'split-squat', 'step-up', 'squat', 'stair-sprint', 'stair-walk'])
      expect(plan.excluded.map((x) => x.exerciseId)).toContain(id)
  })

  it('full squats asked for by a trigger become squats to a chair, and say so', async () => {
    const plan = await planner.plan({ profile: karin, days: 28, seed: 1 })
    const swapped = efforts(plan).filter((s) =>
      s.reasons.includes('substitute:knee-pain-low-impact-list'),
    )
    expect(swapped.length).toBeGreaterThan(0)
    expect(new Set(swapped.map((s) => s.exerciseId))).toEqual(new Set(['chair-squat']))
  })

  it('an exercise bike the profile owns is used', async () => {
    const plan = await planner.plan({ profile: priya, days: 28, seed: 1 })
    // About twice a week or more: owned equipment gets a nudge in the choice.
    expect(efforts(plan).filter((s) => s.exerciseId === 'bike-intervals').length).toBeGreaterThan(4)
    const without = await planner.plan({
      profile: { ...priya, equipment: ['chair', 'band'] },
      days: 28,
      seed: 1,
    })
    expect(efforts(without).some((s) => s.exerciseId === 'bike-intervals')).toBe(false)
  })

  it('the advisory names the low-impact moves in the plan’s three languages', async () => {
    const plan = await planner.plan({ profile: karin, days: 7 })
    const advisory = plan.advisories.find((a) => a.id === 'knee-pain-advisory')!
    expect(advisory.text.en).toMatch(/marching.*calf raises.*wall push-ups.*band rows/)
    expect(advisory.text.sv).toMatch(/marsch på stället/)
    expect(advisory.text.da).toMatch(/march på stedet/)
  })
})
