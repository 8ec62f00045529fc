import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createPlanner, type Plan } from '../../src/index'
import { arbitraryProfile, checkInvariants } from '../../src/testing/index'
import { addDays } from '../../src/time'
import { always, baseProfile, ruleSet } from '../planner/fixtures'

const CHANGES: [string, string][] = [
  ['Europe/Stockholm', '2026-03-29'],
  ['Europe/Stockholm', '2026-10-25'],
  ['Europe/Copenhagen', '2026-03-29'],
  ['Europe/Copenhagen', '2026-10-25'],
  ['America/New_York', '2026-03-08'],
  ['America/New_York', '2026-11-01'],
  ['Pacific/Chatham', '2026-04-05'],
  ['Pacific/Chatham', '2026-09-27'],
  ['Australia/Lord_Howe', '2026-04-05'],
  ['Australia/Lord_Howe', '2026-10-04'],
  ['Asia/Kolkata', '2026-03-29'],
]

const planner = createPlanner()
const instants = (plan: Plan) => plan.days.flatMap((d) => d.snacks.map((s) => Date.parse(s.start)))

describe('plans across DST changes', () => {
  it.each(CHANGES)('%s around %s: right offsets, no duplicate instants', async (zone, change) => {
    // Waking hours reaching into the small hours, where the changes happen.
    const arb = arbitraryProfile({
      zones: [zone],
      programStart: { min: addDays(change, -6), max: change },
    })
    await fc.assert(
      fc.asyncProperty(arb, fc.integer({ min: 1, max: 1000 }), async (profile, seed) => {
        const plan = await planner.plan({ profile, days: 8, seed })
        expect(plan.days.map((d) => d.date)).toContain(change)
        expect(checkInvariants(plan, { profile, request: { days: 8 } })).toEqual([])
        const all = instants(plan)
        expect(new Set(all).size).toBe(all.length)
      }),
      { numRuns: 15 },
    )
  })

  // A trigger in the spring gap and in the repeated hour, in the small hours.
  const night = ruleSet(
    always('night-times', { type: 'slots', params: { times: ['02:30', '05:00'] } }),
    always('two-a-day', { type: 'targets', params: { snacks: 2, focus: 'mobility' } }),
  )
  const nightPlanner = createPlanner({ rules: night })
  const nightOwl = (timeZone: string, programStart: string) =>
    baseProfile({
      timeZone,
      programStart,
      wake: '00:30',
      bed: '23:00',
      days: { ...baseProfile().days, sun: { type: 'home' } },
    })

  it.each([
    ['Europe/Stockholm', '2026-03-29', '2026-03-29T03:30:00+02:00', '+02:00'],
    ['Europe/Stockholm', '2026-10-25', '2026-10-25T02:30:00+02:00', '+01:00'],
    ['Europe/Copenhagen', '2026-03-29', '2026-03-29T03:30:00+02:00', '+02:00'],
    ['Europe/Copenhagen', '2026-10-25', '2026-10-25T02:30:00+02:00', '+01:00'],
    ['America/New_York', '2026-03-08', '2026-03-08T03:30:00-04:00', '-04:00'],
    ['America/New_York', '2026-11-01', '2026-11-01T01:30:00-04:00', '-05:00'],
  ])(
    '%s on %s: a 02:30 snack follows RFC 5545 (gap: offset before it; repeat: first)',
    async (zone, date, want, later) => {
      // New York changes at 02:00, so its repeated hour is 01:00-02:00: shift the trigger.
      const rules =
        zone === 'America/New_York' && date.endsWith('11-01')
          ? ruleSet(
              always('night-times', { type: 'slots', params: { times: ['01:30', '05:00'] } }),
              always('two-a-day', { type: 'targets', params: { snacks: 2, focus: 'mobility' } }),
            )
          : night
      const p =
        zone === 'America/New_York' && date.endsWith('11-01')
          ? createPlanner({ rules })
          : nightPlanner
      const profile = nightOwl(zone, date)
      const plan = await p.plan({ profile, days: 1 })
      expect(plan.days[0]!.snacks.map((s) => s.start)).toEqual([want, `${date}T05:00:00${later}`])
      expect(checkInvariants(plan, { profile, request: { days: 1 } })).toEqual([])
    },
  )

  it('Lord Howe (30-minute shift) and Chatham (+12:45/+13:45) get their odd offsets', async () => {
    const howe = await nightPlanner.plan({
      profile: nightOwl('Australia/Lord_Howe', '2026-10-04'),
      days: 1,
    })
    expect(howe.days[0]!.snacks[0]!.start).toBe('2026-10-04T02:30:00+11:00')
    const chatham = await nightPlanner.plan({
      profile: nightOwl('Pacific/Chatham', '2026-09-27'),
      days: 2,
    })
    expect(chatham.days.map((d) => d.snacks[1]!.start)).toEqual([
      '2026-09-27T05:00:00+13:45',
      '2026-09-28T05:00:00+13:45',
    ])
    const before = await nightPlanner.plan({
      profile: nightOwl('Pacific/Chatham', '2026-09-26'),
      days: 1,
    })
    expect(before.days[0]!.snacks[1]!.start).toBe('2026-09-26T05:00:00+12:45')
  })
})
