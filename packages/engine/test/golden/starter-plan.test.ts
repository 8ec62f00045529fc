import { defaultCatalog } from '@snackplan/catalog'
import { beforeAll, describe, expect, it } from 'vitest'
import { createPlanner, defaultRules, type Plan, type PlannedDay } from '../../src/index'
import { fitDose } from '../../src/planner/dose'
import { sampleProfile } from '../invariants/fixtures'

// Anna (beginner, knee pain, Stockholm) over four weeks follows the seed
// guide's 7-day starter plan and then weeks 2-4.
const anna = sampleProfile('anna')
let plan: Plan
const day = (n: number): PlannedDay => plan.days.find((d) => d.programDay === n)!
const ids = (d: PlannedDay) => d.snacks.map((s) => s.exerciseId)

beforeAll(async () => {
  plan = await createPlanner().plan({ profile: anna, days: 28, seed: 1 })
})

describe("anna's 4-week plan follows the starter plan", () => {
  it('day 1: two snacks of 30-45 s', () => {
    expect(day(1).snacks).toHaveLength(2)
    for (const s of day(1).snacks) {
      expect(s.durationSec).toBeGreaterThanOrEqual(30)
      expect(s.durationSec).toBeLessThanOrEqual(45)
    }
  })

  it('day 2: three snacks, one a stair/hill minute (a brisk walk for her knees) 10-20 min after lunch', () => {
    expect(day(2).snacks).toHaveLength(3)
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
    for (const s of day(3).snacks) {
      expect(s.rounds).toBe(2)
      expect(s.durationSec).toBe(45)
      expect(s.restSec).toBeGreaterThan(0)
    }
  })

  it('day 4: at least four snacks', () => {
    expect(day(4).snacks.length).toBeGreaterThanOrEqual(4)
  })

  it('day 5: effort 7 and one snack 20-30 s longer than its trigger asked', () => {
    expect(day(5).snacks.some((s) => s.effort === 7)).toBe(true)
    const triggers = new Map(defaultRules.rules.map((r) => [r.name, r.event]))
    const longer = day(5).snacks.filter((s) => {
      const ev = triggers.get(s.reasons[0]!.replace('trigger:', ''))
      const asked = ev?.type === 'slots' ? ev.params.doseSec : undefined
      const entry = defaultCatalog.get(s.exerciseId)!
      const plain = fitDose(entry, { min: 30, max: 60 }, { min: 20, max: 90 }, asked).durationSec
      return s.durationSec - plain >= 20 && s.durationSec - plain <= 30
    })
    expect(longer).toHaveLength(1)
  })

  it('day 6: outdoor walk with 3 x 30 s bursts', () => {
    expect(day(6).dayType).toBe('outdoor')
    const walk = day(6).snacks.find((s) => s.exerciseId === 'speed-walk-burst')!
    expect(walk).toMatchObject({ rounds: 3, durationSec: 30 })
  })

  it('weeks 2-4: 3-6 snacks on non-rest days; cardio Mon/Wed/Fri, strength Tue/Thu/Sat', () => {
    for (const d of plan.days.filter((x) => x.programDay >= 8)) {
      if (d.dayType === 'rest') {
        expect(d.snacks).toEqual([])
        continue
      }
      expect(d.snacks.length).toBeGreaterThanOrEqual(3)
      expect(d.snacks.length).toBeLessThanOrEqual(6)
      const weekday = new Date(`${d.date}T12:00:00Z`).getUTCDay()
      const trained = d.snacks.filter((s) => s.focus !== 'mobility').map((s) => s.focus)
      expect(trained.length).toBeGreaterThan(0)
      if ([1, 3, 5].includes(weekday)) expect(new Set(trained)).toEqual(new Set(['cardio']))
      if ([2, 4, 6].includes(weekday)) expect(new Set(trained)).toEqual(new Set(['strength']))
      // A mobility or breathing pause every day.
      expect(d.snacks.some((s) => s.focus === 'mobility')).toBe(true)
    }
  })

  it('every snack names the trigger rule that placed it and the progression rules of its day', () => {
    for (const d of plan.days) {
      for (const s of d.snacks) {
        expect(s.reasons[0]).toMatch(/^trigger:[a-z0-9-]+$/)
        expect(s.reasons.some((r) => r.startsWith('progression:'))).toBe(true)
      }
    }
    expect(day(1).snacks[0]!.reasons).toContain('progression:starter-day-1')
    expect(day(10).snacks[0]!.reasons).toEqual(
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
