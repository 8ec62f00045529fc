import { defaultCatalog } from '@snackplan/catalog'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  checkProfile,
  createPlanner,
  type Plan,
  type PlannedSnack,
  type RuleSet,
} from '../../src/index'
import { arbitraryProfile, checkInvariants } from '../../src/testing/index'
import { sampleProfile } from './fixtures'

const anna = sampleProfile('anna')
let plan: Plan

beforeAll(async () => {
  plan = await createPlanner().plan({ profile: anna, days: 14, seed: 1 })
})

/** A deep copy of the plan with one snack changed. */
function tamper(date: string, n: number, change: (s: PlannedSnack, p: Plan) => void): Plan {
  const copy = structuredClone(plan)
  const day = copy.days.find((d) => d.date === date)!
  change(day.snacks[n]!, copy)
  return copy
}
const kinds = (violations: string[]) => [...new Set(violations.map((v) => v.split(':')[0]))]

describe('arbitraryProfile', () => {
  it('generates only profiles that pass checkProfile without warnings', () => {
    fc.assert(
      fc.property(arbitraryProfile(), (profile) => {
        const checked = checkProfile(profile)
        expect(checked.ok ? checked.warnings : checked.errors).toEqual([])
      }),
      { numRuns: 100 },
    )
  })

  it('draws from the given zones and conditions only', () => {
    const arb = arbitraryProfile({ zones: ['Pacific/Chatham'], conditions: ['wrist-pain'] })
    for (const p of fc.sample(arb, 30)) {
      expect(p.timeZone).toBe('Pacific/Chatham')
      expect(p.conditions.every((c) => c === 'wrist-pain')).toBe(true)
    }
  })
})

describe('checkInvariants', () => {
  it('passes the real plan', () => {
    expect(checkInvariants(plan, { profile: anna, request: { days: 14 } })).toEqual([])
  })

  // Each broken plan must be caught by the invariant named, so none of them is vacuous.
  const cases: [string, string, number, (s: PlannedSnack, p: Plan) => void][] = [
    [
      'contraindicated',
      '2026-11-24',
      0,
      (s) => Object.assign(s, { exerciseId: 'jumping-jacks', kind: 'cardio', dose: 30 }),
    ],
    ['dose-bounds', '2026-11-24', 0, (s) => Object.assign(s, { dose: s.dose + 100 })],
    [
      'snack-seconds',
      '2026-11-25',
      0,
      (s) =>
        Object.assign(s, {
          exerciseId: 'brisk-walk',
          kind: 'cardio',
          dose: 100,
          durationSec: 100,
          effort: 6,
          warmupSec: 0,
        }),
    ],
    ['snack-id', '2026-11-24', 1, (s) => Object.assign(s, { id: 'anna-2026-11-24-7' })],
    [
      'zone-offset',
      '2026-11-24',
      0,
      (s) => Object.assign(s, { start: s.start.replace('+01:00', '+02:00') }),
    ],
    ['snack-end', '2026-11-24', 0, (s) => Object.assign(s, { end: s.start })],
    ['warmup', '2026-11-25', 0, (s) => Object.assign(s, { warmupSec: 0 })],
    [
      'evening-cap',
      '2026-11-25',
      1,
      (s) =>
        Object.assign(s, { start: '2026-11-25T21:00:00+01:00', end: '2026-11-25T21:02:45+01:00' }),
    ],
  ]
  it.each(cases)('catches %s', (invariant, date, n, change) => {
    const broken = tamper(date, n, change)
    expect(kinds(checkInvariants(broken, { profile: anna, request: { days: 14 } }))).toContain(
      invariant,
    )
  })

  it('catches snacks in busy blocks, outside waking hours, on rest days and too close together', () => {
    const day = (d: string) => plan.days.find((x) => x.date === d)!
    const busy = {
      ...anna,
      busy: [{ start: `${day('2026-11-23').date}T09:00`, end: '2026-11-23T10:00' }],
    }
    expect(kinds(checkInvariants(plan, { profile: busy, request: { days: 14 } }))).toContain('busy')
    const late = { ...anna, wake: '10:00' }
    expect(kinds(checkInvariants(plan, { profile: late, request: { days: 14 } }))).toContain(
      'waking-hours',
    )
    const rest = { ...anna, days: { ...anna.days, mon: { type: 'rest' as const } } }
    const found = kinds(checkInvariants(plan, { profile: rest, request: { days: 14 } }))
    expect(found).toEqual(expect.arrayContaining(['rest-day', 'day-type']))
    expect(kinds(checkInvariants(plan, { profile: anna, limits: { minGapMin: 240 } }))).toContain(
      'spacing',
    )
    expect(kinds(checkInvariants(plan, { profile: anna, limits: { daySecMax: 60 } }))).toContain(
      'day-seconds',
    )
    expect(kinds(checkInvariants(plan, { profile: anna, request: { days: 7 } }))).toContain(
      'plan-shape',
    )
    const heart = { ...anna, conditions: ['cardiovascular' as const] }
    expect(kinds(checkInvariants(plan, { profile: heart }))).toContain('effort-cap')
  })

  it('evaluates custom exclude rules itself', () => {
    const scheduled = plan.days[0]!.snacks[0]!.exerciseId
    const rules: RuleSet[] = [
      {
        id: 'custom',
        version: '1',
        rules: [
          {
            name: 'no-first',
            conditions: { all: [{ fact: 'exercise.id', operator: 'equal', value: scheduled }] },
            event: { type: 'exclude' as const },
          },
        ],
      },
    ]
    const found = checkInvariants(plan, { profile: anna, catalog: defaultCatalog, rules })
    expect(found.some((v) => v.startsWith('contraindicated') && v.includes('rule no-first'))).toBe(
      true,
    )
  })
})
