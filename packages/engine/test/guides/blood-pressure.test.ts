import { defaultCatalog } from '@snackplan/catalog'
import { describe, expect, it } from 'vitest'
import { CONDITIONS, createPlanner, type Plan, type Profile } from '../../src/index'
import { checkInvariants } from '../../src/testing/index'
import { sampleProfile } from '../invariants/fixtures'

// Isometric holds raise blood pressure when people strain and hold their
// breath: with heart disease, high blood pressure or medication that affects
// them, and no clinician's clearance, holds stay short and easy and say so.
const planner = createPlanner()
const holdsOf = (plan: Plan) =>
  plan.days
    .flatMap((d) => d.snacks)
    .filter((s) => defaultCatalog.get(s.exerciseId)?.dose.unit === 'hold-seconds')

// A home worker with floor space, where planks and presses are everyday choices.
const karin = (conditions: Profile['conditions'], cleared = false): Profile => ({
  ...sampleProfile('lars'),
  id: 'karin',
  level: 'intermediate',
  conditions,
  clearedForVigorous: cleared,
  equipment: ['chair'],
  preferences: { focus: 'strength' },
})

describe('isometric holds with a blood-pressure condition', () => {
  it.each([
    ['cardiovascular'],
    ['high-blood-pressure'],
    ['medication-affecting-heart-rate-bp-or-glucose'],
  ] as const)(
    '%s, not cleared: holds of 20 s at most at 4/10, each with a breathing cue',
    async (condition) => {
      const profile = karin([condition])
      const plan = await planner.plan({ profile, days: 28, seed: 1 })
      expect(checkInvariants(plan, { profile, request: { days: 28 } })).toEqual([])
      const holds = holdsOf(plan)
      expect(holds.length).toBeGreaterThan(2)
      for (const s of holds) {
        expect(s.dose).toBeLessThanOrEqual(20)
        expect(s.effort).toBeLessThanOrEqual(4)
        expect(s.modifiers).toEqual([])
        expect(s.reasons).toContain('cap:blood-pressure-short-easy-holds')
        const note = s.notes?.find((n) => n.rule === 'blood-pressure-short-easy-holds')
        expect(note?.text.en).toMatch(/never hold your breath/)
        expect(note?.text.sv).toMatch(/håll aldrig andan/)
        expect(note?.text.da).toMatch(/hold aldrig vejret/)
      }
      // Every such plan names blood pressure in an advisory, in all three languages.
      const named = plan.advisories.filter(
        (a) =>
          /blood pressure/.test(a.text.en) &&
          /blodtryck/.test(a.text.sv) &&
          /blodtryk/.test(a.text.da),
      )
      expect(named.length).toBeGreaterThan(0)
    },
  )

  it('a cleared profile keeps the guide’s 10-30 s holds without the cap', async () => {
    const plan = await planner.plan({ profile: karin(['high-blood-pressure'], true), days: 28 })
    const holds = holdsOf(plan)
    expect(holds.length).toBeGreaterThan(2)
    expect(holds.some((s) => s.reasons.includes('cap:blood-pressure-short-easy-holds'))).toBe(false)
  })

  it('high blood pressure is in the condition vocabulary and needs clearance like heart disease', async () => {
    expect(CONDITIONS).toContain('high-blood-pressure')
    const plan = await planner.plan({ profile: karin(['high-blood-pressure']), days: 28 })
    const snacks = plan.days.flatMap((d) => d.snacks)
    expect(Math.max(...snacks.map((s) => s.effort))).toBeLessThanOrEqual(5)
    expect(snacks.every((s) => defaultCatalog.get(s.exerciseId)?.impact !== 'high')).toBe(true)
    expect(plan.advisories.map((a) => a.id)).toContain('high-blood-pressure-advisory')
  })

  it('no catalog hold asks for a maximal push, and every hold says to keep breathing', () => {
    for (const e of defaultCatalog.exercises.filter((x) => x.kind === 'isometric')) {
      expect(e.cues.en, e.id).not.toMatch(/push hard|as hard as|all your strength,? and/i)
      expect(`${e.cues.en} ${e.safety.en}`, e.id).toMatch(/never hold your breath/)
    }
  })
})
