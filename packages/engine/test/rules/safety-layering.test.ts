import { describe, expect, it } from 'vitest'
import { RuleGroup } from '../../src/evaluate/engine'
import { createPlanner, defaultRules, isSnackplanError, type Rule } from '../../src/index'
import { checkInvariants, testRuleSet } from '../../src/testing/index'
import { sampleProfile } from '../invariants/fixtures'
import { always, ruleSet } from '../planner/fixtures'

const anna = sampleProfile('anna')
const programOnly = {
  ...defaultRules,
  id: 'program',
  rules: defaultRules.rules.filter(
    (r) => !['exclude', 'substitute', 'advisory', 'cap-effort', 'bounds'].includes(r.event.type),
  ),
}
// The exercise snacks of a plan (not its pauses and sessions, which have their own lengths).
const snacks = (plan: Awaited<ReturnType<ReturnType<typeof createPlanner>['plan']>>) =>
  plan.days.flatMap((d) => d.snacks).filter((s) => (s.type ?? 'snack') === 'snack')

describe('safety rules cannot be loosened by a custom rule set', () => {
  it('a bounds rule allowing 300 s snacks still yields at most 90 s', async () => {
    const loose = ruleSet(
      always('long-snacks', {
        type: 'bounds',
        params: { snackSec: { min: 20, max: 300 }, daySec: { max: 3600 } },
      }),
      always(
        'long-targets',
        { type: 'targets', params: { doseSec: { min: 200, max: 300 }, snacks: 8 } },
        50,
      ),
    )
    const plan = await createPlanner({ rules: [programOnly, loose] }).plan({
      profile: anna,
      days: 14,
    })
    expect(snacks(plan).length).toBeGreaterThan(0)
    expect(Math.max(...snacks(plan).map((s) => s.durationSec))).toBeLessThanOrEqual(90)
    expect(Math.max(...snacks(plan).map((s) => s.rounds * s.durationSec))).toBeLessThanOrEqual(540)
    expect(
      Math.max(...plan.days.map((d) => d.snacks.filter((s) => s.type === 'snack').length)),
    ).toBeLessThanOrEqual(6)
  })

  it('a tighter bounds rule is kept, to whole units (25 s exactly)', async () => {
    const tight = ruleSet(
      always('tight', { type: 'bounds', params: { snackSec: { min: 25, max: 25 } } }),
    )
    const lars = sampleProfile('lars')
    const plan = await createPlanner({ rules: [defaultRules, tight] }).plan({
      profile: lars,
      days: 28,
    })
    // Moves take exactly 25 s; holds keep to their own 10-30 s, within the 25 s.
    const moves = snacks(plan).filter((s) => s.unit !== 'hold-seconds')
    expect(new Set(moves.map((s) => s.durationSec))).toEqual(new Set([25]))
    for (const s of snacks(plan)) expect(s.durationSec).toBeLessThanOrEqual(25)
    expect(
      checkInvariants(plan, {
        profile: lars,
        request: { days: 28 },
        limits: { snackSec: { min: 25, max: 25 } },
      }),
    ).toEqual([])
  })

  it('a custom set without the knee-pain rule still excludes jumps, unless builtinSafety is off in code', async () => {
    const safe = await createPlanner({ rules: programOnly }).plan({ profile: anna, days: 7 })
    expect(safe.excluded.map((e) => e.exerciseId)).toEqual(
      expect.arrayContaining(['jumping-jacks', 'squat-jump']),
    )
    expect(safe.excluded.find((e) => e.exerciseId === 'jumping-jacks')?.reasons).toEqual([
      'knee-pain-no-impact',
      'knee-pain-low-impact-list',
    ])
    const off = await createPlanner({ rules: programOnly, builtinSafety: false }).plan({
      profile: anna,
      days: 7,
    })
    expect(off.excluded).toEqual([])
  })

  it('a custom rule cannot replace a built-in safety rule by reusing its name', () => {
    const knee = defaultRules.rules.find((r) => r.name === 'knee-pain-no-impact')!
    const weakened: Rule = {
      ...knee,
      conditions: { all: [{ fact: 'profile.level', operator: 'equal', value: 'advanced' }] },
    }
    try {
      createPlanner({ rules: ruleSet(weakened) })
      expect.unreachable()
    } catch (e) {
      expect(isSnackplanError(e)).toBe(true)
      if (isSnackplanError(e))
        expect(e.errors.map((i) => [i.code, i.path])).toEqual([
          ['rules/duplicate-name', '/rules/0/name'],
        ])
    }
  })

  it('a custom set can add safety: its own exclusions are honoured', async () => {
    const noStairs = ruleSet({
      name: 'no-stairs',
      conditions: { all: [{ fact: 'exercise.equipment', operator: 'contains', value: 'stairs' }] },
      event: { type: 'exclude' },
    })
    // Lars has stairs and no condition that leaves them out already.
    const plan = await createPlanner({ rules: [defaultRules, noStairs] }).plan({
      profile: sampleProfile('lars'),
      days: 14,
    })
    expect(snacks(plan).some((s) => s.exerciseId.startsWith('stair'))).toBe(false)
    expect(plan.excluded.find((e) => e.exerciseId === 'stair-walk')?.reasons).toEqual(['no-stairs'])
  })
})

describe('json-rules-engine cannot evaluate paths or expressions', () => {
  it('a rule with a path that got past the schema throws instead of resolving it', async () => {
    const group = new RuleGroup([
      {
        name: 'sneaky',
        conditions: {
          all: [
            { fact: 'profile.conditions', operator: 'contains', value: 'x', path: '$[0]' } as never,
          ],
        },
        event: { type: 'exclude' },
      },
    ])
    await expect(group.run({ 'profile.conditions': ['x'] })).rejects.toThrow(
      /paths are not supported/,
    )
  })

  it('undefined facts are an error, not false', async () => {
    const group = new RuleGroup([always('needs-day', { type: 'exclude' })])
    await expect(group.run({})).rejects.toThrow(/day\.type/)
  })

  it('fact values that look like expressions are compared as plain strings', async () => {
    const expr = ['$', '{1+1}'].join('')
    const group = new RuleGroup([
      {
        name: 'literal',
        conditions: { all: [{ fact: 'day.date', operator: 'equal', value: expr }] },
        event: { type: 'exclude' },
      },
    ])
    expect(await group.run({ 'day.date': '2' })).toEqual([])
    expect((await group.run({ 'day.date': expr })).map((f) => f.rule)).toEqual(['literal'])
  })
})

describe('testRuleSet', () => {
  it('passes the default rules', async () => {
    const report = await testRuleSet(defaultRules, { runs: 15, seed: 3, days: 7 })
    expect(report).toMatchObject({ ok: true, nothingChecked: false, runs: 15, seed: 3 })
    expect(report.failures).toEqual([])
    expect(report.snacks).toBeGreaterThan(50)
  })

  it('reports the invariant a rule set breaks, with a shrunk profile and a replay path', async () => {
    const longWarmup = ruleSet(always('long-warmup', { type: 'bounds', params: { warmupSec: 45 } }))
    const report = await testRuleSet(JSON.stringify(longWarmup), { runs: 30, seed: 5, days: 7 })
    expect(report.ok).toBe(false)
    expect(report.failures.map((f) => f.invariant)).toEqual(['warmup'])
    expect(report.failures[0]!.messages[0]).toMatch(/45 s warm-up/)
    expect(report.failures[0]!.counterexamplePath).toMatch(/^\d+(:\d+)*$/)
  })

  it('tests a set on top of the default program, so a set without triggers is still checked', async () => {
    const onlyBounds = ruleSet(
      always('short', { type: 'bounds', params: { snackSec: { min: 20, max: 60 } } }),
    )
    const onTop = await testRuleSet(onlyBounds, { runs: 5, days: 7 })
    const explicit = await testRuleSet(onlyBounds, { runs: 5, days: 7, base: [defaultRules] })
    expect(onTop).toEqual(explicit)
    expect(onTop).toMatchObject({ ok: true, nothingChecked: false })
    expect(onTop.snacks).toBeGreaterThan(0)
  })

  it('is not ok when nothing was checked: no run planned a snack', async () => {
    const onlyBounds = ruleSet(
      always('short', { type: 'bounds', params: { snackSec: { min: 20, max: 60 } } }),
    )
    expect(await testRuleSet(onlyBounds, { runs: 5, days: 7, base: [] })).toEqual({
      ok: false,
      nothingChecked: true,
      runs: 5,
      seed: 1,
      snacks: 0,
      items: expect.any(Number),
      failures: [],
    })
  })

  it('throws for an invalid rule set', async () => {
    await expect(testRuleSet({ id: 'x', version: '1', rules: [{}] })).rejects.toSatisfy(
      isSnackplanError,
    )
  })
})
