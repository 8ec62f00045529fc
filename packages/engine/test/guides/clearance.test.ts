import { describe, expect, it } from 'vitest'
import {
  CLEARANCE_CONDITIONS,
  CONDITIONS,
  createPlanner,
  defaultRules,
  type Profile,
} from '../../src/index'
import { sampleProfile } from '../invariants/fixtures'

// A condition that needs a clinician's clearance means the starter ramp,
// whatever level the person gives themselves.
const planner = createPlanner()
const advanced = (over: Partial<Profile>): Profile => ({
  ...sampleProfile('lars'),
  id: 'ove',
  level: 'advanced',
  ...over,
})

describe('uncleared conditions ramp up like beginners', () => {
  it('an advanced person with an uncleared heart condition gets the 7-day starter plan', async () => {
    const plan = await planner.plan({
      profile: advanced({ conditions: ['cardiovascular'] }),
      days: 14,
    })
    const [day1] = plan.days
    expect(day1!.snacks.filter((s) => s.type === 'snack')).toHaveLength(2)
    for (const d of plan.days.filter((x) => x.snacks.some((s) => s.type === 'snack'))) {
      const reasons = d.snacks.find((s) => s.type === 'snack')!.reasons
      if (d.programDay <= 7) expect(reasons).toContain(`progression:starter-day-${d.programDay}`)
      else expect(reasons).toContain('progression:build-week-2')
      expect(reasons).not.toContain('progression:advanced-routine')
    }
  })

  it('the same person, cleared by a clinician, plans as advanced from day 1', async () => {
    const plan = await planner.plan({
      profile: advanced({ conditions: ['cardiovascular'], clearedForVigorous: true }),
      days: 7,
    })
    const day1 = plan.days[0]!.snacks.filter((s) => s.type === 'snack')
    expect(day1[0]!.reasons).toContain('progression:advanced-routine')
    expect(day1.length).toBeGreaterThan(4)
  })

  it('knee pain alone needs no clearance: an advanced person with sore knees is not ramped', async () => {
    const plan = await planner.plan({ profile: advanced({ conditions: ['knee-pain'] }), days: 7 })
    const first = plan.days[0]!.snacks.find((s) => s.type === 'snack')!
    expect(first.reasons).toContain('progression:advanced-routine')
  })
})

describe('advisories say who clears a person, and name their condition', () => {
  const advisories = defaultRules.rules.flatMap((r) =>
    r.event.type === 'advisory' ? [{ name: r.name, params: r.event.params }] : [],
  )

  it('every default advisory names the condition it is about', () => {
    expect(advisories.length).toBeGreaterThan(8)
    for (const a of advisories) expect(CONDITIONS, a.name).toContain(a.params.condition)
  })

  it('with a clearance condition the text says "until a clinician has cleared you", never "mark yourself"', () => {
    for (const a of advisories.filter((x) => CLEARANCE_CONDITIONS.includes(x.params.condition!))) {
      expect(a.params.text.en, a.name).toMatch(/until (a clinician|they) ha(s|ve) cleared you/i)
      expect(a.params.text.sv, a.name).toMatch(/tills (vården|de) har gett dig klartecken/i)
      expect(a.params.text.da, a.name).toMatch(/indtil .* har givet dig grønt lys/i)
    }
    for (const a of advisories)
      expect(`${a.params.text.en} ${a.params.text.sv} ${a.params.text.da}`).not.toMatch(
        /mark yourself|markerat|markeret/,
      )
  })

  it('a plan’s advisories carry Advisory.condition', async () => {
    const plan = await planner.plan({ profile: sampleProfile('sam'), days: 1 })
    expect(plan.advisories.map((a) => [a.id, a.condition])).toEqual([
      ['cardiovascular-advisory', 'cardiovascular'],
      ['heart-rate-medication-advisory', 'medication-affecting-heart-rate-bp-or-glucose'],
    ])
  })
})
