import { describe, expect, it } from 'vitest'
import { createPlanner, type Plan, type PlannedSnack, type Profile } from '../../src/index'
import { sampleProfile } from '../invariants/fixtures'

// "Feels easy" must mean the work felt easy, progression never undoes a cap,
// and the other direction exists: too hard, pain or a stopped snack steps down.
const planner = createPlanner()
const snacks = (plan: Plan): PlannedSnack[] =>
  plan.days.flatMap((d) => d.snacks).filter((s) => s.type === 'snack')
const progressed = (s: PlannedSnack) =>
  s.modifiers.length > 0 || s.reasons.some((r) => /^progression:progress-/.test(r))

function logged(
  profile: Profile,
  dates: string[],
  entries: Omit<NonNullable<Profile['feedback']>[number], 'date'>[],
): Profile {
  return {
    ...profile,
    feedback: dates.flatMap((date) => entries.map((e) => ({ date, ...e }))),
  }
}

const week1 = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26']

describe('progression counts only effortful work that felt easy', () => {
  it('breathing and chin tucks logged at 1-2/10 do not make a beginner progress', async () => {
    const anna = logged(sampleProfile('anna'), week1, [
      { exerciseId: 'calm-breaths', done: true, effort: 1 },
      { exerciseId: 'chin-tuck', done: true, effort: 2 },
    ])
    const plan = await planner.plan({ profile: anna, days: 14, seed: 1 })
    const all = snacks(plan)
    expect(all.length).toBeGreaterThan(20)
    expect(all.filter(progressed)).toEqual([])
  })

  it('a capped cardiac profile logging the 5/10 it is allowed never gets harder', async () => {
    const sam = logged(sampleProfile('sam'), week1, [
      { exerciseId: 'chair-squat', done: true, effort: 5 },
      { exerciseId: 'sit-to-stand', done: true, effort: 4, plannedEffort: 7 },
    ])
    const plan = await planner.plan({ profile: sam, days: 14, seed: 1 })
    expect(snacks(plan).length).toBeGreaterThan(20)
    expect(snacks(plan).filter(progressed)).toEqual([])
  })

  it('an uncapped person whose planned 7/10 felt like 4/10 does progress (the rule still works)', async () => {
    const lars = logged(sampleProfile('lars'), week1, [
      { exerciseId: 'chair-squat', done: true, effort: 4, plannedEffort: 7 },
      { exerciseId: 'band-row', done: true, effort: 4 },
    ])
    const plan = await planner.plan({ profile: lars, days: 14, seed: 1 })
    const later = plan.days.filter((d) => d.date >= '2026-11-27').flatMap((d) => d.snacks)
    expect(later.some((s) => s.reasons.includes('progression:progress-with-load'))).toBe(true)
    expect(later.some((s) => s.modifiers.includes('load'))).toBe(true)
  })
})

describe('too hard, pain or a stopped snack steps down, with its reason', () => {
  it('pain in a lunge: the lunge gives way to its easier variation for two weeks', async () => {
    const lars = logged(
      sampleProfile('lars'),
      ['2026-11-23'],
      [{ exerciseId: 'lunge', done: true, effort: 6, pain: true }],
    )
    const before = await planner.plan({ profile: sampleProfile('lars'), days: 14, seed: 1 })
    const plan = await planner.plan({ profile: lars, days: 14, seed: 1 })
    // Without the pain the lunge is planned in those days; with it, never.
    const after = (p: Plan) => p.days.filter((d) => d.date > '2026-11-23').flatMap((d) => d.snacks)
    expect(after(before).some((s) => s.exerciseId === 'lunge')).toBe(true)
    expect(after(plan).filter((s) => s.exerciseId === 'lunge')).toEqual([])
    const stepped = after(plan).filter((s) => s.reasons.includes('feedback:pain-lunge'))
    expect(stepped.length).toBeGreaterThan(0)
    for (const s of stepped) expect(s.exerciseId).toBe('split-squat')
  })

  it('a snack logged too hard or stopped lowers the next week’s dose and effort', async () => {
    for (const flag of [{ tooHard: true }, { stopped: true }, { effort: 9 }]) {
      const lars = logged(
        sampleProfile('lars'),
        ['2026-11-24'],
        [{ exerciseId: 'band-row', done: true, ...flag }],
      )
      const plan = await planner.plan({ profile: lars, days: 14, seed: 1 })
      const next = plan.days.filter((d) => d.date > '2026-11-24' && d.date <= '2026-12-01')
      const eased = next.flatMap((d) => d.snacks).filter((s) => s.type === 'snack')
      expect(eased.length).toBeGreaterThan(10)
      for (const s of eased) {
        expect(s.reasons).toContain('progression:step-down-after-hard')
        expect(s.effort).toBeLessThanOrEqual(5)
        expect(s.durationSec).toBeLessThanOrEqual(60)
        // One round: no second round to reach the usual active time either.
        expect(s.rounds).toBe(1)
        expect(s.modifiers).toEqual([])
      }
      // After seven days the dose comes back.
      const back = plan.days.filter((d) => d.date > '2026-12-01').flatMap((d) => d.snacks)
      expect(back.some((s) => s.reasons.includes('progression:step-down-after-hard'))).toBe(false)
    }
  })
})
