import { defaultCatalog } from '@snackplan/catalog'
import { describe, expect, it } from 'vitest'
import { parseLocalTime, weekdayOf } from '../../src/index'
import { checkedPlan, itemsOf, people, snacksOf } from './fixtures'

// "The dose the guides ask for" (issue 7), read from real 28-day plans.
const EFFORTS = ['cardio', 'strength', 'isometric']
const hhmm = (iso: string) => parseLocalTime(iso.slice(11, 16))

describe('breathing and mobility pauses are not snacks', () => {
  it('they never count towards the snacks or the active time', async () => {
    for (const name of ['anna', 'lars', 'sam', 'karin']) {
      const plan = await checkedPlan(people[name]!, 28)
      for (const d of plan.days) {
        const effort = snacksOf(d)
        expect(d.totalActiveSec).toBe(effort.reduce((t, s) => t + s.rounds * s.durationSec, 0))
        for (const s of effort) expect(EFFORTS, `${s.id} ${s.exerciseId}`).toContain(s.kind)
      }
      expect(itemsOf(plan, 'pause').length).toBeGreaterThan(5)
      for (const p of itemsOf(plan, 'pause')) expect(['mobility', 'breathing']).toContain(p.kind)
    }
  })

  it('they never take a snack’s slot: the office 15:00 brisk walk is always an effortful snack', async () => {
    let office = 0
    for (const name of ['anna', 'sam', 'karin', 'priya', 'nils', 'maja']) {
      const plan = await checkedPlan(people[name]!, 28)
      for (const s of plan.days.flatMap((d) => d.snacks)) {
        const snackRule = !['mobility-pause-times', 'hourly-active-pause'].includes(
          s.reasons[0]!.slice('trigger:'.length),
        )
        if (snackRule && s.type !== 'session') expect(s.type, s.id).toBe('snack')
        if (s.reasons[0] === 'trigger:office-afternoon-brisk-walk') {
          office++
          expect(EFFORTS, `${s.id} ${s.exerciseId}`).toContain(s.kind)
        }
        if (s.type === 'pause') expect(s.reasons[0]).toBe('trigger:mobility-pause-times')
      }
    }
    expect(office).toBeGreaterThan(20)
  })
})

describe('weeks 2-4 reach the guide’s dose', () => {
  it('3-6 effortful snacks and 3-9 minutes of effortful time on 5-6 days a week', async () => {
    for (const name of ['anna', 'lars', 'eva', 'karin', 'priya', 'nils', 'maja']) {
      const plan = await checkedPlan(people[name]!, 28)
      for (const week of [2, 3, 4]) {
        const days = plan.days.filter((d) => Math.ceil(d.programDay / 7) === week)
        const full = days.filter((d) => {
          const n = snacksOf(d).length
          return n >= 3 && n <= 6 && d.totalActiveSec >= 180 && d.totalActiveSec <= 540
        })
        expect([5, 6], `${name}, week ${week}: ${full.map((d) => d.date)}`).toContain(full.length)
        for (const d of days) expect(d.totalActiveSec).toBeLessThanOrEqual(540)
      }
    }
  })

  it('a profile with no rest day still gets one or two rest or light days a week', async () => {
    const plan = await checkedPlan(people.nils!, 28)
    expect(plan.days.every((d) => d.dayType !== 'rest')).toBe(true)
    for (const week of [1, 2, 3, 4]) {
      const days = plan.days.filter((d) => Math.ceil(d.programDay / 7) === week)
      const light = days.filter((d) => snacksOf(d).length === 0)
      expect([1, 2], `week ${week}`).toContain(light.length)
      // A light day still has its calm pauses.
      for (const d of light) expect(d.snacks.some((s) => s.type === 'pause')).toBe(true)
    }
  })
})

describe('multi-round triggers and meals', () => {
  it('after lunch: 2 x 30 s stairs with 60 s rest, from week 2', async () => {
    const plan = await checkedPlan(people.eva!, 28)
    const after = plan.days
      .filter((d) => d.programDay >= 8)
      .flatMap((d) => d.snacks)
      .filter((s) => s.reasons[0] === 'trigger:after-meal-walk' && s.exerciseId === 'stair-sprint')
    expect(after.length).toBeGreaterThan(5)
    for (const s of after) expect(s).toMatchObject({ rounds: 2, durationSec: 30, restSec: 60 })
  })

  it('a walk or stairs 10-20 min after each main meal the profile names, on strength days too', async () => {
    const maja = people.maja!
    const plan = await checkedPlan(maja, 28)
    const walks = ['stair-sprint', 'stair-walk', 'brisk-walk', 'marching-in-place']
    let strengthDays = 0
    for (const d of plan.days.filter((x) => x.dayType !== 'rest' && x.programDay >= 1)) {
      const dayPlan = maja.days[weekdayOf(d.date)]
      const meals = [dayPlan.breakfast, dayPlan.lunch, dayPlan.dinner].filter(
        (m): m is string => m !== undefined,
      )
      const after = snacksOf(d).filter((s) => s.reasons[0] === 'trigger:after-meal-walk')
      expect(after.length, d.date).toBe(meals.length)
      for (const [i, s] of after.entries()) {
        expect(walks).toContain(s.exerciseId)
        const minutes = hhmm(s.start) - (parseLocalTime(meals[i]!) + 30)
        expect(minutes).toBeGreaterThanOrEqual(10)
        expect(minutes).toBeLessThanOrEqual(20)
      }
      if (snacksOf(d).some((s) => s.reasons.includes('progression:strength-tue-thu-sat')))
        strengthDays++
    }
    expect(strengthDays).toBeGreaterThan(5)
  })
})

describe('the 7-day starter plan as written', () => {
  const beginners = ['anna', 'eva', 'sam', 'nils'] as const

  it('day 1: two snacks of 30-45 s, no 60 s walks', async () => {
    for (const name of beginners) {
      const plan = await checkedPlan(people[name]!, 1)
      const day1 = snacksOf(plan.days[0]!)
      expect(day1, name).toHaveLength(2)
      for (const s of day1) expect(s.durationSec, `${name} ${s.exerciseId}`).toBeLessThanOrEqual(45)
    }
  })

  it('day 3: strength, squats and wall push-ups (or their safe variations) and nothing else', async () => {
    for (const name of beginners)
      for (const seed of [1, 2, 3]) {
        const plan = await checkedPlan(people[name]!, 3, seed)
        const day3 = snacksOf(plan.days[2]!)
        expect(day3.length).toBeGreaterThan(0)
        for (const s of day3)
          expect(['squat', 'chair-squat', 'sit-to-stand', 'wall-push-up', 'wall-press']).toContain(
            s.exerciseId,
          )
      }
  })

  it('day 4: an hourly sitting-break rhythm with at least 4 snacks', async () => {
    for (const name of beginners) {
      const day4 = snacksOf((await checkedPlan(people[name]!, 4)).days[3]!)
      if ((await checkedPlan(people[name]!, 4)).days[3]!.dayType === 'rest') continue
      expect(day4.length, name).toBeGreaterThanOrEqual(4)
      for (const s of day4) expect(s.start.slice(14, 16), `${name} ${s.start}`).toBe('00')
    }
  })

  it('day 5: 20-30 s more on one snack', async () => {
    for (const name of beginners) {
      const plan = await checkedPlan(people[name]!, 5)
      const day5 = snacksOf(plan.days[4]!)
      if (plan.days[4]!.dayType === 'rest') continue
      expect(day5.some((s) => s.reasons.includes('progression:starter-day-5'))).toBe(true)
      const extra = day5.filter((s) => {
        const e = defaultCatalog.get(s.exerciseId)!
        const plain = Math.min(60, Math.max(30, e.dose.default * (e.dose.perSide ? 2 : 1)))
        return s.durationSec - plain >= 20
      })
      expect(extra.length, name).toBeGreaterThanOrEqual(1)
    }
  })

  it('day 6: one 10-minute outdoor walk with 3 x 30 s bursts, as one event', async () => {
    for (const name of beginners) {
      const plan = await checkedPlan(people[name]!, 6)
      const walks = plan.days[5]!.snacks.filter((s) => s.exerciseId === 'walk-with-bursts')
      if (plan.days[5]!.dayType === 'rest') continue
      expect(walks, name).toHaveLength(1)
      expect(walks[0]).toMatchObject({ type: 'session', durationSec: 600 })
      expect(defaultCatalog.get('walk-with-bursts')!.cues.en).toMatch(/Three times.*30 s/)
    }
  })

  it('day 7: a reflect-and-plan prompt, also when day 7 falls on a rest day', async () => {
    for (const name of beginners) {
      const plan = await checkedPlan(people[name]!, 7)
      expect(
        plan.days[6]!.cues?.map((c) => c.rule),
        name,
      ).toContain('starter-day-7-reflect')
    }
    // Anna's day 7 is her rest day: no snacks, the prompt all the same.
    const anna = (await checkedPlan(people.anna!, 7)).days[6]!
    expect(anna).toMatchObject({ dayType: 'rest', snacks: [] })
  })
})

describe('isometric holds ramp from 10 s', () => {
  it('starter-week holds stay at 10-20 s; later weeks reach the guide’s 30 s', async () => {
    const week1: number[] = []
    const later: number[] = []
    for (const name of ['anna', 'sam', 'eva', 'nils', 'karin', 'maja'])
      for (const seed of [1, 2]) {
        const plan = await checkedPlan(people[name]!, 28, seed)
        for (const d of plan.days)
          for (const s of snacksOf(d).filter((x) => x.unit === 'hold-seconds'))
            (s.reasons.some((r) => r.startsWith('progression:starter-day-')) ? week1 : later).push(
              s.dose,
            )
      }
    expect(week1.length).toBeGreaterThan(3)
    expect(Math.max(...week1)).toBeLessThanOrEqual(20)
    // The guide's 10 s floor is reachable (a 20 s floor would cut it).
    expect(Math.min(...week1, ...later)).toBe(10)
    expect(Math.max(...later)).toBe(30)
  })
})
