import { readFileSync } from 'node:fs'
import { isSnackplanError } from '@snackplan/catalog'
import { describe, expect, it } from 'vitest'
import { createPlanner } from '../../src/planner/create'
import type { SnackplanPlugin } from '../../src/plugins/types'
import { defaultRules } from '../../src/rules/default'
import { defineRuleSet } from '../../src/rules/define'

const profile = JSON.parse(
  readFileSync(new URL('../../../../examples/profiles/anna.json', import.meta.url), 'utf8'),
)

const weather = (rainyDates: string[]): SnackplanPlugin => ({
  name: 'weather',
  facts: {
    'plugin.weather.rainy': {
      type: 'boolean',
      scope: 'day',
      description: 'Rain is forecast for the day.',
      value: ({ date }) => rainyDates.includes(date ?? ''),
    },
  },
  rules: [
    {
      id: 'weather-rules',
      version: '1',
      rules: [
        {
          name: 'rainy-day-indoor-stairs',
          priority: 9,
          conditions: { all: [{ fact: 'plugin.weather.rainy', operator: 'equal', value: true }] },
          event: { type: 'slots', params: { times: ['14:00'] } },
        },
      ],
    },
  ],
})

const error = (fn: () => unknown) => {
  try {
    fn()
  } catch (e) {
    if (isSnackplanError(e)) return e.errors.map(({ code, path }) => ({ code, path }))
  }
  throw new Error('expected a SnackplanError')
}

describe('plugin facts', () => {
  it('rules can test a fact a plugin registers, per day', async () => {
    const planner = createPlanner({ rules: defaultRules, plugins: [weather(['2026-11-24'])] })
    const plan = await planner.plan({ profile, days: 3 })
    const triggered = plan.days.map((d) =>
      d.snacks.some((s) => s.reasons.includes('trigger:rainy-day-indoor-stairs')),
    )
    expect(triggered).toEqual([false, true, false])
  })

  it('are typed: a wrong operator or value is a load error with its path', () => {
    const bad = weather([])
    const rule = (bad.rules![0] as { rules: { conditions: { all: Record<string, unknown>[] } }[] })
      .rules[0]!
    rule.conditions.all[0] = { fact: 'plugin.weather.rainy', operator: 'greaterThan', value: 'yes' }
    expect(error(() => createPlanner({ plugins: [bad] }))).toEqual([
      { code: 'schema/enum', path: '/rules/0/conditions/all/0/operator' },
    ])
  })

  it('must be named plugin.<name>.<fact>', () => {
    const bad: SnackplanPlugin = {
      name: 'weather',
      facts: { 'weather.rainy': weather([]).facts!['plugin.weather.rainy']! },
    }
    expect(error(() => createPlanner({ plugins: [bad] }))).toEqual([
      { code: 'plugin/fact-name', path: '/plugins/0/facts/weather.rainy' },
    ])
  })

  it('a rule naming a fact no plugin registers is refused', () => {
    const rules = defineRuleSet({
      id: 'x1',
      version: '1',
      rules: [
        {
          name: 'r1',
          conditions: { all: [{ fact: 'plugin.weather.rainy', operator: 'equal', value: true }] },
          event: { type: 'slots', params: { times: ['10:00'] } },
        },
      ],
    })
    expect(error(() => createPlanner({ rules }))).toEqual([
      { code: 'rules/unknown-fact', path: '/rules/0/conditions/all/0/fact' },
    ])
  })
})
