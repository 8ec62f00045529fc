import { describe, expect, it } from 'vitest'
import { createPlanner, defaultRules, type Plan } from '../../src/index'
import { checkInvariants } from '../../src/testing/index'
import { sampleProfile } from '../invariants/fixtures'
import { always, baseProfile, ruleSet } from './fixtures'

const snacks = (plan: Plan) => plan.days.flatMap((d) => d.snacks)

describe('day limits', () => {
  it('drops rounds first, then the latest snacks, until the day fits daySec', async () => {
    const program = ruleSet(
      always('many', { type: 'slots', params: { times: ['08:00', '10:00', '12:00', '14:00'] } }),
      always('two-rounds', {
        type: 'targets',
        params: { snacks: 4, rounds: 2, restSec: 30, doseSec: { min: 60, max: 60 } },
      }),
      always('small-day', { type: 'bounds', params: { daySec: { max: 300 } } }),
    )
    const profile = baseProfile()
    const plan = await createPlanner({ rules: program }).plan({ profile, days: 1 })
    const day = plan.days[0]!
    expect(day.totalActiveSec).toBeLessThanOrEqual(300)
    // 4 snacks x 2 rounds x 60 s = 480 s; dropping three second rounds meets 300 s
    // with every snack kept.
    expect(day.snacks).toHaveLength(4)
    expect(day.snacks.map((s) => s.rounds).sort()).toEqual([1, 1, 1, 2])
    for (const s of day.snacks) if (s.rounds === 1) expect(s.restSec).toBe(0)
    expect(
      checkInvariants(plan, { profile, request: { days: 1 }, limits: { daySecMax: 300 } }),
    ).toEqual([])
  })

  it('drops the latest snacks once every snack is down to one round', async () => {
    const program = ruleSet(
      always('many', { type: 'slots', params: { times: ['08:00', '10:00', '12:00', '14:00'] } }),
      always('four', { type: 'targets', params: { snacks: 4, doseSec: { min: 60, max: 60 } } }),
      always('tiny-day', { type: 'bounds', params: { daySec: { max: 130 } } }),
    )
    const plan = await createPlanner({ rules: program }).plan({ profile: baseProfile(), days: 1 })
    expect(plan.days[0]!.snacks.map((s) => s.start.slice(11, 16))).toEqual(['08:00', '10:00'])
    expect(plan.days[0]!.snacks.map((s) => s.id)).toEqual(['p-2026-11-23-1', 'p-2026-11-23-2'])
  })

  it('caps effort close to bed and warms up before efforts of 7 or more', async () => {
    const program = ruleSet(
      always('evening', { type: 'slots', params: { times: ['09:00', '21:30'], focus: 'cardio' } }),
      always('hard', { type: 'targets', params: { snacks: 2, effort: 8, focus: 'cardio' } }),
    )
    const plan = await createPlanner({ rules: [program] }).plan({
      profile: baseProfile({ bed: '23:00' }),
      days: 1,
    })
    const [morning, evening] = plan.days[0]!.snacks
    expect(morning).toMatchObject({ effort: 8, warmupSec: 15 })
    expect(evening).toMatchObject({ effort: 5, warmupSec: 0 })
    expect(evening!.reasons).toContain('cap:evening-effort-cap')
  })

  it('places nothing on rest days or before programStart', async () => {
    const plan = await createPlanner().plan({
      profile: sampleProfile('anna'),
      from: '2026-11-16',
      days: 14,
    })
    for (const d of plan.days)
      if (d.programDay < 1 || d.dayType === 'rest') expect(d.snacks).toEqual([])
    expect(snacks(plan).length).toBeGreaterThan(10)
  })

  it('the default rules and an empty extra set give the same plan', async () => {
    const anna = sampleProfile('anna')
    const a = await createPlanner().plan({ profile: anna, days: 7 })
    const b = await createPlanner({ rules: [defaultRules, ruleSet()] }).plan({
      profile: anna,
      days: 7,
    })
    expect(b.days).toEqual(a.days)
  })
})
