import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createPlanner } from '../../src/planner/create'
import { loadRuleSet } from '../../src/rules/check'
import { defaultRules } from '../../src/rules/default'
import { defineRuleSet } from '../../src/rules/define'
import { checkInvariants } from '../../src/testing'

const anna = JSON.parse(
  readFileSync(new URL('../../../../examples/profiles/anna.json', import.meta.url), 'utf8'),
)
const ms = (iso: string) => Date.parse(iso)

describe('snacks never overlap each other or the time a calendar shows them', () => {
  it('long snacks (many rounds and rests) are not placed inside each other', async () => {
    const long = defineRuleSet({
      id: 'long',
      version: '1',
      rules: [
        {
          name: 'long-snacks',
          priority: 50,
          conditions: { all: [{ fact: 'day.type', operator: 'notEqual', value: 'rest' }] },
          event: {
            type: 'targets',
            params: { snacks: 4, rounds: 6, restSec: 600, doseSec: { min: 20, max: 20 } },
          },
        },
      ],
    })
    const profile = {
      ...anna,
      wake: '07:00',
      bed: '10:30',
      busy: [],
      days: Object.fromEntries(Object.keys(anna.days).map((d) => [d, { type: 'home' }])),
    }
    const plan = await createPlanner({ rules: [defaultRules, long] }).plan({ profile, days: 3 })
    for (const day of plan.days) {
      for (let i = 1; i < day.snacks.length; i++) {
        expect(ms(day.snacks[i]!.start)).toBeGreaterThanOrEqual(ms(day.snacks[i - 1]!.end))
      }
    }
    expect(plan.days.some((d) => d.snacks.some((s) => s.rounds > 3))).toBe(true)
    expect(
      checkInvariants(plan, { profile, request: { days: 3 }, rules: [loadRuleSet(long)] }),
    ).toEqual([])
  })

  it('keeps the 5-minute calendar slot clear of busy time, and slotMinutes sets it', async () => {
    // Where the after-lunch walk goes on a free day, then a meeting 3 minutes after it.
    const free = await createPlanner({ slotMinutes: 0 }).plan({ profile: anna, days: 1 })
    const walk = free.days[0]!.snacks.find((s) => s.reasons[0] === 'trigger:after-meal-walk')!
    const at = walk.start.slice(11, 16)
    const busyStart = ms(walk.start) + 3 * 60_000
    const iso = (t: number) => new Date(t + 3_600_000).toISOString().slice(0, 16)
    const busy = [{ start: iso(busyStart), end: iso(busyStart + 40 * 60_000) }]
    const plan = await createPlanner().plan({ profile: { ...anna, busy }, days: 1 })
    for (const s of plan.days[0]!.snacks) {
      const slotEnd = ms(s.start) + 5 * 60_000
      expect(slotEnd <= busyStart || ms(s.start) >= busyStart + 40 * 60_000, s.start).toBe(true)
    }
    const tight = await createPlanner({ slotMinutes: 0 }).plan({
      profile: { ...anna, busy },
      days: 1,
    })
    expect(tight.days[0]!.snacks.map((s) => s.start.slice(11, 16))).toContain(at)
    expect(plan.days[0]!.snacks.map((s) => s.start.slice(11, 16))).not.toContain(at)
    expect(() => createPlanner({ slotMinutes: -1 })).toThrow(/slotMinutes/)
  })
})
