import { defaultCatalog } from '@snackplan/catalog'
import { beforeAll, describe, expect, it } from 'vitest'
import { createPlanner, type Plan, type PlannedDay, type PlannedSnack } from '../../src/index'
import { sampleProfile } from '../invariants/fixtures'

// Anna (beginner, knee pain, Stockholm) over four weeks follows the seed
// guide's 7-day starter plan and then weeks 2-4.
const anna = sampleProfile('anna')
let plan: Plan
const day = (n: number): PlannedDay => plan.days.find((d) => d.programDay === n)!
const snacks = (d: PlannedDay): PlannedSnack[] => d.snacks.filter((s) => s.type === 'snack')
const ids = (d: PlannedDay) => snacks(d).map((s) => s.exerciseId)

beforeAll(async () => {
  plan = await createPlanner().plan({ profile: anna, days: 28, seed: 1 })
})

describe("anna's 4-week plan follows the starter plan", () => {
  it('day 1: two snacks of 30-45 s', () => {
    expect(snacks(day(1))).toHaveLength(2)
    for (const s of snacks(day(1))) {
      expect(s.durationSec).toBeGreaterThanOrEqual(30)
      expect(s.durationSec).toBeLessThanOrEqual(45)
    }
  })

  it('day 2: three snacks, one a stair/hill minute (a brisk walk for her knees) 10-20 min after lunch', () => {
    expect(snacks(day(2))).toHaveLength(3)
    const stairs = day(2).snacks.find((s) =>
      s.reasons.includes('trigger:starter-day-2-stair-minute'),
    )!
    expect(stairs.exerciseId).toBe('brisk-walk')
    expect(stairs.durationSec).toBe(60)
    // Lunch 12:00 (30 min), so 12:40-12:50 local.
    expect(stairs.start.slice(11, 16) >= '12:40' && stairs.start.slice(11, 16) <= '12:50').toBe(
      true,
    )
  })

  it('day 3: squats (to a chair, for her knees) and wall push-ups, two rounds each', () => {
    expect(ids(day(3)).sort()).toEqual(['chair-squat', 'wall-push-up'])
    for (const s of snacks(day(3))) {
      expect(s.rounds).toBe(2)
      expect(s.durationSec).toBe(45)
      expect(s.restSec).toBeGreaterThan(0)
    }
  })

  it('day 4: at least four snacks, each on a full hour of her working day', () => {
    expect(snacks(day(4)).length).toBeGreaterThanOrEqual(4)
    for (const s of snacks(day(4))) {
      expect(s.start.slice(14, 16)).toBe('00')
      expect(s.reasons[0]).toBe('trigger:starter-day-4-hourly-timer')
    }
  })

  it('day 5: effort 7 and one snack 20 s longer than the day would give it', () => {
    expect(snacks(day(5)).some((s) => s.effort === 7)).toBe(true)
    const longer = snacks(day(5)).filter((s) => {
      const entry = defaultCatalog.get(s.exerciseId)!
      return s.durationSec >= 50 && s.durationSec - entry.dose.default >= 20
    })
    expect(longer.length).toBeGreaterThanOrEqual(1)
  })

  it('day 6: one 10-minute outdoor walk with bursts, as one event', () => {
    expect(day(6).dayType).toBe('outdoor')
    const walks = day(6).snacks.filter((s) => s.exerciseId === 'walk-with-bursts')
    expect(walks).toHaveLength(1)
    expect(walks[0]).toMatchObject({ type: 'session', durationSec: 600, rounds: 1 })
  })

  it('day 7 (her rest day) carries the reflect-and-plan prompt', () => {
    expect(day(7).dayType).toBe('rest')
    expect(day(7).snacks).toEqual([])
    expect(day(7).cues?.map((c) => c.rule)).toEqual(['starter-day-7-reflect'])
  })

  it('weeks 2-4: 3-6 snacks on non-rest days; cardio Mon/Wed/Fri, strength Tue/Thu/Sat', () => {
    for (const d of plan.days.filter((x) => x.programDay >= 8)) {
      if (d.dayType === 'rest') {
        expect(d.snacks).toEqual([])
        continue
      }
      expect(snacks(d).length).toBeGreaterThanOrEqual(3)
      expect(snacks(d).length).toBeLessThanOrEqual(6)
      const weekday = new Date(`${d.date}T12:00:00Z`).getUTCDay()
      // The walk after a meal stays a walk on strength days too (its point is the glucose peak).
      const meal = (s: PlannedSnack) => s.reasons[0] === 'trigger:after-meal-walk'
      const trained = snacks(d)
        .filter((s) => !meal(s))
        .map((s) => s.focus)
      if ([1, 3, 5].includes(weekday)) expect(new Set(trained)).toEqual(new Set(['cardio']))
      if ([2, 4, 6].includes(weekday)) expect(new Set(trained)).toEqual(new Set(['strength']))
      for (const s of snacks(d).filter(meal)) expect(s.focus).toBe('cardio')
    }
  })

  it('every snack names the trigger rule that placed it and the progression rules of its day', () => {
    for (const d of plan.days) {
      for (const s of snacks(d)) {
        expect(s.reasons[0]).toMatch(/^trigger:[a-z0-9-]+$/)
        expect(s.reasons.some((r) => r.startsWith('progression:'))).toBe(true)
      }
    }
    expect(snacks(day(1))[0]!.reasons).toContain('progression:starter-day-1')
    expect(snacks(day(10))[0]!.reasons).toEqual(
      expect.arrayContaining(['progression:build-week-2', 'progression:cardio-mon-wed-fri']),
    )
    // Knee pain: the squats the triggers asked for became squats to a chair, and say so.
    expect(
      plan.days
        .flatMap((d) => d.snacks)
        .some((s) => s.reasons.includes('substitute:knee-pain-low-impact-list')),
    ).toBe(true)
  })
})
