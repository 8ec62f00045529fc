import { describe, expect, it } from 'vitest'
import { profileFacts } from '../../src/facts/compute'
import { evaluateContraindications } from '../../src/planner/contraindications'
import { compileRulebook } from '../../src/planner/rulebook'
import type { Rule } from '../../src/rules/types'
import { baseProfile, catalogOf, entry, ruleSet } from './fixtures'

const noImpact: Rule = {
  name: 'knee-no-impact',
  conditions: {
    all: [
      { fact: 'profile.conditions', operator: 'contains', value: 'knee-pain' },
      { fact: 'exercise.impact', operator: 'equal', value: 'high' },
    ],
  },
  event: { type: 'substitute' },
}
const noWrist: Rule = {
  name: 'wrist-exclude',
  conditions: {
    all: [
      { fact: 'profile.conditions', operator: 'contains', value: 'wrist-pain' },
      { fact: 'exercise.loads', operator: 'contains', value: 'wrist' },
    ],
  },
  event: { type: 'exclude' },
}
// jump (high) -> hop (high) -> step (low): a chain two links long.
const catalog = catalogOf(
  entry('jump', { impact: 'high', easier: 'hop' }),
  entry('hop', { impact: 'high', easier: 'step', harder: 'jump' }),
  entry('step', { harder: 'hop' }),
  entry('leap', { impact: 'high', easier: 'bound' }),
  entry('bound', { impact: 'high', harder: 'leap' }),
  entry('plank', { loads: ['wrist', 'core'], easier: 'step' }),
)
const evaluate = async (conditions: ('knee-pain' | 'wrist-pain')[]) =>
  evaluateContraindications(
    catalog,
    compileRulebook([ruleSet(noImpact, noWrist)], catalog),
    profileFacts(baseProfile({ conditions })),
  )

describe('contraindications', () => {
  it('allows everything without conditions', async () => {
    const s = await evaluate([])
    expect([...s.status.values()].every((x) => x.state === 'allowed')).toBe(true)
    expect(s.resolve('jump')).toEqual({ id: 'jump', why: [] })
  })

  it('follows the easier chain past stopped links to the first allowed one', async () => {
    const s = await evaluate(['knee-pain'])
    expect(s.status.get('jump')).toEqual({
      state: 'substituted',
      use: 'step',
      reasons: ['knee-no-impact'],
    })
    expect(s.status.get('hop')).toEqual({
      state: 'substituted',
      use: 'step',
      reasons: ['knee-no-impact'],
    })
    expect(s.resolve('jump')).toEqual({
      id: 'step',
      why: [{ kind: 'substitute', rule: 'knee-no-impact', asked: 'jump', chosen: 'step' }],
    })
  })

  it('excludes when the chain runs out', async () => {
    const s = await evaluate(['knee-pain'])
    expect(s.status.get('leap')).toEqual({ state: 'excluded', reasons: ['knee-no-impact'] })
    expect(s.status.get('bound')).toEqual({ state: 'excluded', reasons: ['knee-no-impact'] })
    expect(s.resolve('leap')).toBeUndefined()
  })

  it('exclude wins over substitute and lists every reason', async () => {
    const s = await evaluate(['knee-pain', 'wrist-pain'])
    expect(s.status.get('plank')).toEqual({ state: 'excluded', reasons: ['wrist-exclude'] })
    expect(s.status.get('step')).toEqual({ state: 'allowed' })
  })
})
