import { describe, expect, it } from 'vitest'
import {
  localToEpoch,
  type Profile,
  parseDateTimeInZone,
  parseLocalTime,
  weekdayOf,
} from '../../src/index'
import { checkedPlan, itemsOf, people, snacksOf } from './fixtures'

// "Structure the guides have and the plans lack" (issue 7), read from real plans.
const local = (iso: string) => parseLocalTime(iso.slice(11, 16))

describe('hourly active pauses', () => {
  it('office and home work days get a light 1-5 min break about every hour of work, outside the totals', async () => {
    for (const name of ['anna', 'lars', 'priya', 'nils']) {
      const profile = people[name]!
      const plan = await checkedPlan(profile, 14)
      for (const d of plan.days) {
        const day = profile.days[weekdayOf(d.date)]
        const pauses = d.snacks.filter((s) => s.type === 'active-pause')
        if (!(day.type === 'office' || day.type === 'home') || !day.work) {
          expect(pauses, d.date).toEqual([])
          continue
        }
        const [start, end] = day.work.map((t) => parseLocalTime(t)) as [number, number]
        const at = (minute: number) => localToEpoch(d.date, minute, profile.timeZone)
        const meetings = (profile.busy ?? []).map((b) => ({
          start: parseDateTimeInZone(b.start, profile.timeZone),
          end: parseDateTimeInZone(b.end, profile.timeZone),
        }))
        // Every hour of work has a break from sitting: an active pause or another item
        // (hours with a meeting in them aside).
        for (let hour = start; hour + 60 <= end; hour += 60) {
          if (meetings.some((b) => b.start < at(hour + 75) && b.end > at(hour))) continue
          const moved = d.snacks.some((s) => local(s.start) >= hour && local(s.start) < hour + 75)
          expect(moved, `${name} ${d.date} ${hour / 60}h`).toBe(true)
        }
        expect(pauses.length, `${name} ${d.date}`).toBeGreaterThan(0)
        for (const p of pauses) {
          expect(p.durationSec).toBeGreaterThanOrEqual(60)
          expect(p.durationSec).toBeLessThanOrEqual(300)
          expect(p.effort).toBeLessThanOrEqual(3)
          expect(local(p.start)).toBeGreaterThanOrEqual(start)
          expect(local(p.start)).toBeLessThan(end)
        }
        // The snack cap and the effortful time count snacks only.
        expect(snacksOf(d).length).toBeLessThanOrEqual(6)
      }
    }
  })

  it('can be switched off in the profile', async () => {
    const off: Profile = { ...people.anna!, preferences: { discreet: true, activePauses: false } }
    const plan = await checkedPlan(off, 14)
    expect(itemsOf(plan, 'active-pause')).toEqual([])
    expect(itemsOf(await checkedPlan(people.anna!, 14), 'active-pause').length).toBeGreaterThan(10)
  })
})

describe('zone-2 sessions', () => {
  it('one or two longer easy sessions a week from week 2, as their own events', async () => {
    for (const name of ['anna', 'lars', 'eva', 'priya', 'maja']) {
      const plan = await checkedPlan(people[name]!, 28)
      const zone2 = itemsOf(plan, 'session').filter((s) => s.exerciseId.startsWith('zone2-'))
      for (const week of [1, 2, 3, 4]) {
        const inWeek = zone2.filter(
          (s) => Math.ceil(plan.days.find((d) => d.snacks.includes(s))!.programDay / 7) === week,
        )
        if (week === 1) expect(inWeek, name).toEqual([])
        else expect([1, 2], `${name} week ${week}`).toContain(inWeek.length)
      }
      for (const s of zone2) {
        expect(s.durationSec).toBeGreaterThanOrEqual(20 * 60)
        expect(s.durationSec).toBeLessThanOrEqual(40 * 60)
        expect(s.effort).toBeLessThanOrEqual(5)
      }
      // Weeks 4 on: two a week where there is room.
      const late = zone2.filter((s) => s.durationSec === 30 * 60)
      expect(late.length, name).toBeGreaterThanOrEqual(1)
    }
  })
})

describe('habit cues without a clock time', () => {
  it('after each toilet visit and before brewing coffee are cues of the day, never timed snacks', async () => {
    const plan = await checkedPlan(people.lars!, 14)
    for (const d of plan.days.filter((x) => x.dayType !== 'rest')) {
      const rules = d.cues?.map((c) => c.rule) ?? []
      expect(rules, d.date).toContain('after-toilet-squats')
      if (['office', 'home', 'travel'].includes(d.dayType))
        expect(rules).toContain('before-coffee-wall-push-ups')
      const toilet = d.cues!.find((c) => c.rule === 'after-toilet-squats')!
      expect(toilet).toMatchObject({ exerciseId: 'squat', dose: 30, unit: 'seconds' })
      expect(toilet.text.sv).toBe('Efter varje toalettbesök')
    }
    const timed = plan.days.flatMap((d) => d.snacks).map((s) => s.reasons[0])
    expect(timed).not.toContain('trigger:before-morning-coffee')
    expect(timed.some((r) => /toilet|before-.*coffee/.test(r!))).toBe(false)
  })

  it('a cue’s exercise is made safe like a snack’s: squats become squats to a chair for sore knees', async () => {
    const plan = await checkedPlan(people.karin!, 7)
    const toilet = plan.days[0]!.cues!.find((c) => c.rule === 'after-toilet-squats')!
    expect(toilet).toMatchObject({
      exerciseId: 'chair-squat',
      reasons: ['substitute:knee-pain-low-impact-list'],
    })
  })
})

describe('office triggers follow the work hours of the day', () => {
  it('09:30 means 30 min into work: on 10:00-18:00 days the squats come at 10:30, the walk at 16:00', async () => {
    const office = {
      type: 'office' as const,
      work: ['10:00', '18:00'] as [string, string],
      lunch: '13:00',
    }
    const late: Profile = {
      ...people.eva!,
      days: { ...people.eva!.days, mon: office, tue: office, thu: office },
    }
    const plan = await checkedPlan(late, 14)
    const by = (rule: string) =>
      plan.days.flatMap((d) => d.snacks).filter((s) => s.reasons[0] === `trigger:${rule}`)
    expect(by('office-morning-squats').length).toBeGreaterThan(3)
    for (const s of by('office-morning-squats')) expect(s.start.slice(11, 16)).toBe('10:30')
    expect(by('office-afternoon-brisk-walk').length).toBeGreaterThan(2)
    for (const s of by('office-afternoon-brisk-walk')) expect(s.start.slice(11, 16)).toBe('16:00')
  })
})

describe('night shifts', () => {
  // Wake 20:00, bed 08:00; office nights 22:00-06:00 with a 02:00 meal.
  const nightOwl: Profile = {
    ...people.eva!,
    id: 'nina',
    wake: '20:00',
    bed: '08:00',
    days: {
      mon: { type: 'office', work: ['22:00', '06:00'], lunch: '02:00' },
      tue: { type: 'office', work: ['22:00', '06:00'], lunch: '02:00' },
      wed: { type: 'office', work: ['22:00', '06:00'], lunch: '02:00' },
      thu: { type: 'rest' },
      fri: { type: 'home' },
      sat: { type: 'outdoor' },
      sun: { type: 'rest' },
    },
  }

  it('a day whose waking hours cross midnight is planned inside them, keeping every invariant', async () => {
    const plan = await checkedPlan(nightOwl, 14)
    const mon = plan.days[0]!
    expect(mon.awake).toEqual({
      start: '2026-11-23T20:00:00+01:00',
      end: '2026-11-24T08:00:00+01:00',
    })
    expect(snacksOf(mon).length).toBeGreaterThan(0)
    for (const s of mon.snacks) {
      expect(s.start >= '2026-11-23T20:00' && s.end <= '2026-11-24T08:00', s.start).toBe(true)
    }
    // Office triggers follow the night's work hours: squats 30 min into work, at 22:30.
    const squats = snacksOf(mon).find((s) => s.reasons[0] === 'trigger:office-morning-squats')
    expect(squats?.start).toBe('2026-11-23T22:30:00+01:00')
    // The night meal gets its walk after it, on the next date.
    const meal = snacksOf(mon).find((s) => s.reasons[0] === 'trigger:after-meal-walk')
    expect(meal?.start.slice(0, 13)).toBe('2026-11-24T02')
    // Things after midnight stay easy when bed is near (08:00).
    for (const s of plan.days.flatMap((d) => d.snacks))
      if (s.start.slice(11, 13) >= '06' && s.start.slice(11, 13) < '08')
        expect(s.effort).toBeLessThanOrEqual(5)
  })
})
