import { describe, expect, it } from 'vitest'
import { expandCandidates } from '../../src/planner/candidates'
import type { SlotsParams } from '../../src/rules/types'
import { baseProfile, fired } from './fixtures'

const profile = baseProfile({ wake: '06:30', bed: '22:30' })
const office = {
  type: 'office' as const,
  work: ['08:30', '17:00'] as [string, string],
  lunch: '12:00',
}
const slots = (rule: string, params: SlotsParams, priority = 1) =>
  fired(rule, { type: 'slots' as const, params }, priority)
const minutes = (params: SlotsParams, day = office, seed = 1) =>
  expandCandidates([slots('r', params)], profile, day, '2026-11-23', seed).map((c) => c.minute)

describe('expandCandidates', () => {
  it('expands an RRULE in the work window (its end excluded)', () => {
    expect(minutes({ rrule: 'FREQ=HOURLY;BYMINUTE=0', window: 'work' })).toEqual(
      [9, 10, 11, 12, 13, 14, 15, 16].map((h) => h * 60),
    )
  })

  it('expands an RRULE in waking hours by default, and not at all without work hours for window work', () => {
    const all = minutes({ rrule: 'FREQ=HOURLY;INTERVAL=4;BYMINUTE=15' })
    expect(all[0]).toBeGreaterThanOrEqual(6 * 60 + 30)
    expect(all.at(-1)).toBeLessThanOrEqual(22 * 60 + 30)
    expect(
      minutes({ rrule: 'FREQ=HOURLY;BYMINUTE=0', window: 'work' }, { type: 'home' } as never),
    ).toEqual([])
  })

  it('places fixed times', () => {
    expect(minutes({ times: ['09:30', '15:00'] })).toEqual([570, 900])
  })

  it('places anchors with offsets; a range picks a seeded minute inside it', () => {
    expect(minutes({ anchor: 'wake', offsetMin: 30 })).toEqual([420])
    expect(minutes({ anchor: 'bed', offsetMin: -150 })).toEqual([1200])
    expect(minutes({ anchor: 'work-end' })).toEqual([1020])
    expect(minutes({ anchor: 'lunch' })).toEqual([720])
    const picks = new Set<number>()
    for (let seed = 1; seed <= 40; seed++) {
      const [m] = minutes({ anchor: 'lunch-end', offsetMin: { min: 10, max: 20 } }, office, seed)
      expect(m).toBeGreaterThanOrEqual(760)
      expect(m).toBeLessThanOrEqual(770)
      picks.add(m!)
    }
    expect(picks.size).toBeGreaterThan(3)
    // Same seed, same minute.
    expect(minutes({ anchor: 'lunch-end', offsetMin: { min: 10, max: 20 } }, office, 7)).toEqual(
      minutes({ anchor: 'lunch-end', offsetMin: { min: 10, max: 20 } }, office, 7),
    )
  })

  it('skips anchors the day does not have', () => {
    expect(minutes({ anchor: 'lunch-end', offsetMin: 10 }, { type: 'home' } as never)).toEqual([])
    expect(minutes({ anchor: 'work-start' }, { type: 'home' } as never)).toEqual([])
  })

  it('keeps the rule and priority with each candidate', () => {
    const c = expandCandidates(
      [slots('a', { times: ['10:00'] }, 4)],
      profile,
      office,
      '2026-11-23',
      1,
    )
    expect(c).toEqual([
      { minute: 600, rule: 'a', priority: 4, params: { times: ['10:00'] }, item: 'snack' },
    ])
  })
})
