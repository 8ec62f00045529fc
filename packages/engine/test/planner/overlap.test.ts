import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createPlanner } from '../../src/planner/create'
import { loadRuleSet } from '../../src/rules/check'
import { defaultRules } from '../../src/rules/default'
import { checkInvariants } from '../../src/testing'

const anna = JSON.parse(
  readFileSync(new URL('../../../../examples/profiles/anna.json', import.meta.url), 'utf8'),
)
const ms = (iso: string) => Date.parse(iso)

describe('snacks never overlap each other or the time a calendar shows them', () => {
  it('long snacks (many rounds and rests) are not placed inside each other', async () => {
    const long = {
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
    }
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
    const busy = [{ start: '2026-11-23T12:51', end: '2026-11-23T13:30' }]
    const plan = await createPlanner().plan({ profile: { ...anna, busy }, days: 1 })
    const busyStart = ms('2026-11-23T12:51:00+01:00')
    for (const s of plan.days[0]!.snacks) {
      const slotEnd = ms(s.start) + 5 * 60_000
      expect(slotEnd <= busyStart || ms(s.start) >= ms('2026-11-23T13:30:00+01:00'), s.start).toBe(
        true,
      )
    }
    const tight = await createPlanner({ slotMinutes: 0 }).plan({
      profile: { ...anna, busy },
      days: 1,
    })
    expect(tight.days[0]!.snacks.map((s) => s.start.slice(11, 16))).toContain('12:48')
    expect(plan.days[0]!.snacks.map((s) => s.start.slice(11, 16))).not.toContain('12:48')
    expect(() => createPlanner({ slotMinutes: -1 })).toThrow(/slotMinutes/)
  })
})
