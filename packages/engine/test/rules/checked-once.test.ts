import { describe, expect, it } from 'vitest'
import { checkRuleSet, createPlanner, defaultRules, loadRuleSet, type Rule } from '../../src/index'
import cues from '../../src/rules/default/cues.json'
import progression from '../../src/rules/default/progression.json'
import safety from '../../src/rules/default/safety.json'
import triggers from '../../src/rules/default/triggers.json'
import { baseProfile } from '../planner/fixtures'

const codes = (input: unknown, options?: Parameters<typeof checkRuleSet>[1]) => {
  const r = checkRuleSet(input, options)
  return r.ok ? [] : r.errors.map((e) => e.code)
}
const exclude = (name: string, fact: string, value: unknown): Rule =>
  ({
    name,
    conditions: { all: [{ fact, operator: 'equal', value }] },
    event: { type: 'exclude' },
  }) as Rule

// defaultRules is frozen at import without running the checks; this is what
// makes that safe: the checks give back exactly the same rule set.
describe('defaultRules is what checkRuleSet makes of the shipped rule files', () => {
  it('checks to the same value, byte for byte', () => {
    const source = {
      id: defaultRules.id,
      version: defaultRules.version,
      rules: [...safety, ...progression, ...triggers, ...cues],
    }
    const checked = loadRuleSet(JSON.parse(JSON.stringify(source)))
    expect(checked).not.toBe(defaultRules)
    expect(checked).toEqual(defaultRules)
    expect(JSON.stringify(checked)).toBe(JSON.stringify(defaultRules))
  })

  it('is deeply frozen', () => {
    expect(Object.isFrozen(defaultRules.rules)).toBe(true)
    const first = defaultRules.rules[0]!
    expect(Object.isFrozen(first.conditions) && Object.isFrozen(first.event)).toBe(true)
  })
})

describe('checkRuleSet remembers the sets that passed', () => {
  it('gives defaultRules back as it is, without a new copy', () => {
    const result = checkRuleSet(defaultRules)
    expect(result.ok && result.value).toBe(defaultRules)
  })

  it('gives a set it returned back as it is', () => {
    const set = loadRuleSet({
      id: 'mine',
      version: '1.0.0',
      rules: [exclude('no-hiit', 'exercise.impact', 'high')],
    })
    const again = checkRuleSet(set)
    expect(again.ok && again.value).toBe(set)
  })

  it('still checks an unfrozen copy, changed or not', () => {
    const copy: { rules: { event: { type: string } }[] } = JSON.parse(JSON.stringify(defaultRules))
    const same = checkRuleSet(copy)
    expect(same.ok && same.value).not.toBe(copy)
    expect(same.ok && same.value).toEqual(defaultRules)
    copy.rules[0]!.event.type = 'exclud'
    expect(codes(copy)).not.toEqual([])
  })

  it('still checks a new set made of checked rules', () => {
    const twice = { ...defaultRules, rules: [...defaultRules.rules, defaultRules.rules[0]!] }
    expect(codes(twice)).toContain('rules/duplicate-name')
  })

  it('does not remember a set that needed plugin facts', () => {
    const extraFacts = new Map([
      [
        'plugin.weather.rainy',
        { type: 'boolean', scope: 'profile', description: 'it rains' } as const,
      ],
    ])
    const result = checkRuleSet(
      { id: 'rain', version: '1.0.0', rules: [exclude('rain', 'plugin.weather.rainy', true)] },
      { extraFacts },
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(checkRuleSet(result.value, { extraFacts }).ok).toBe(true)
    expect(codes(result.value)).toEqual(['rules/unknown-fact'])
  })

  it('lets createPlanner take defaultRules again and again with the same plans', async () => {
    const profile = baseProfile()
    const a = await createPlanner().plan({ profile, days: 2 })
    const b = await createPlanner({ rules: defaultRules }).plan({ profile, days: 2 })
    expect(JSON.stringify(b)).toBe(JSON.stringify(a))
  })
})
