import { describe, expectTypeOf, it } from 'vitest'
import type { FactName, Operator } from '../../src/facts/registry'
import { createPlanner } from '../../src/planner/create'
import type { PluginFact } from '../../src/plugins/types'
import { loadRuleSet } from '../../src/rules/check'
import { defaultRules } from '../../src/rules/default'
import { defineRuleSet } from '../../src/rules/define'
import type { FactCondition, PluginFactsOf, RuleCondition, RuleSet } from '../../src/rules/types'

// Each @ts-expect-error below is a mistake `tsc` must catch; were the types
// to let it through, the directive itself would fail the typecheck.
const when = <C extends RuleCondition>(c: C) => ({ all: [c] })
const exclude = { type: 'exclude' } as const

describe('rule types derived from the fact registry', () => {
  it('fact names are the registry names', () => {
    expectTypeOf<FactCondition['fact']>().toEqualTypeOf<FactName | `plugin.${string}.${string}`>()
    expectTypeOf<Operator>().toEqualTypeOf<
      | 'equal'
      | 'notEqual'
      | 'in'
      | 'notIn'
      | 'lessThan'
      | 'lessThanInclusive'
      | 'greaterThan'
      | 'greaterThanInclusive'
      | 'contains'
      | 'doesNotContain'
    >()
  })

  it('a correct set type-checks and is returned unchanged, typed', () => {
    const set = defineRuleSet({
      id: 'office-extras',
      version: '1.0.0',
      rules: [
        {
          name: 'no-floor-at-the-office',
          conditions: {
            all: [
              { fact: 'day.type', operator: 'equal', value: 'office' },
              { fact: 'exercise.position', operator: 'in', value: ['floor', 'seated'] },
              { fact: 'exercise.loads', operator: 'contains', value: 'wrist' },
              { any: [{ fact: 'program.day', operator: 'greaterThan', value: 3 }] },
              { not: { fact: 'profile.discreet', operator: 'equal', value: false } },
            ],
          },
          event: exclude,
        },
        {
          name: 'coffee-squats',
          conditions: { all: [{ fact: 'day.hasWork', operator: 'equal', value: true }] },
          event: { type: 'slots', params: { times: ['10:00', '15:00'], focus: 'strength' } },
        },
      ],
    })
    expectTypeOf(set).toEqualTypeOf<RuleSet>()
    createPlanner({ rules: [defaultRules, set] })
    createPlanner({ rules: '{"id":"x","version":"1","rules":[]}' })
    createPlanner({ rules: loadRuleSet(JSON.parse('{}')) })
  })

  it('a typo in a fact name fails', () => {
    // @ts-expect-error 'exercise.load' is not a fact (exercise.loads is)
    when({ fact: 'exercise.load', operator: 'contains', value: 'knee' })
    defineRuleSet({
      id: 'x',
      version: '1',
      rules: [
        {
          name: 'r',
          // @ts-expect-error 'exercise.load' is not a fact (exercise.loads is)
          conditions: { all: [{ fact: 'exercise.load', operator: 'contains', value: 'knee' }] },
          event: exclude,
        },
      ],
    })
  })

  it('an operator that does not fit the fact fails', () => {
    // @ts-expect-error 'equals' is no operator (equal is)
    when({ fact: 'day.type', operator: 'equals', value: 'office' })
    // @ts-expect-error 'contains' is for lists; day.type is one string
    when({ fact: 'day.type', operator: 'contains', value: 'office' })
    // @ts-expect-error 'lessThan' is for numbers
    when({ fact: 'exercise.kind', operator: 'lessThan', value: 'cardio' })
  })

  it('a value of the wrong type, or not among the fact’s values, fails', () => {
    // @ts-expect-error program.day is a number
    when({ fact: 'program.day', operator: 'equal', value: '3' })
    // @ts-expect-error 'wrists' is not a body region (wrist is)
    when({ fact: 'exercise.loads', operator: 'contains', value: 'wrists' })
    // @ts-expect-error in takes a list
    when({ fact: 'day.type', operator: 'in', value: 'office' })
    // @ts-expect-error in takes at least one value
    when({ fact: 'day.type', operator: 'in', value: [] })
    // @ts-expect-error profile.discreet is a boolean
    when({ fact: 'profile.discreet', operator: 'equal', value: 'yes' })
  })

  it('event params are checked per event type', () => {
    const rule = (event: RuleSet['rules'][number]['event']) => event
    rule({ type: 'slots', params: { times: ['10:00'] } })
    // @ts-expect-error 'time' for 'times'
    rule({ type: 'slots', params: { time: ['10:00'] } })
    // @ts-expect-error no such event type
    rule({ type: 'slot', params: { times: ['10:00'] } })
    // @ts-expect-error an unknown params key
    rule({ type: 'cue', params: { text: { en: 'a', sv: 'a', da: 'a' }, dose: 30 } })
  })

  it('plugin facts stay expressible, and can be typed too', () => {
    const weatherFacts = {
      rainy: { type: 'boolean', scope: 'day', description: 'Rain forecast.', value: () => false },
    } satisfies Record<string, PluginFact>
    const loose = defineRuleSet({
      id: 'loose',
      version: '1',
      rules: [
        {
          name: 'indoors',
          conditions: { all: [{ fact: 'plugin.weather.rainy', operator: 'equal', value: true }] },
          event: exclude,
        },
      ],
    })
    const strict = defineRuleSet<PluginFactsOf<'weather', typeof weatherFacts>>({
      id: 'strict',
      version: '1',
      rules: [
        {
          name: 'indoors',
          conditions: {
            all: [
              { fact: 'plugin.weather.rainy', operator: 'equal', value: true },
              // @ts-expect-error rainy is a boolean
              { fact: 'plugin.weather.rainy', operator: 'equal', value: 'yes' },
              // @ts-expect-error the plugin has no fact 'windy'
              { fact: 'plugin.weather.windy', operator: 'equal', value: true },
            ],
          },
          event: exclude,
        },
      ],
    })
    createPlanner({ rules: [defaultRules, loose, strict] })
  })

  it('createPlanner takes rule sets or JSON text, not any object', () => {
    // @ts-expect-error an object that is not a rule set
    createPlanner({ rules: { id: 'x' } })
    // @ts-expect-error a number
    createPlanner({ rules: 3 })
  })
})
