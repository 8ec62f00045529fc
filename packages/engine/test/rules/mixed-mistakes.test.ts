import { describe, expect, it } from 'vitest'
import { checkRuleSet } from '../../src/rules/check'

const when = (fact: string, operator: string, value: unknown) => ({
  all: [{ fact, operator, value }],
})

describe('checkRuleSet with schema and semantic mistakes together', () => {
  it('reports all of them in one call, each at its path', () => {
    const result = checkRuleSet({
      id: 'mixed',
      version: '1',
      rules: [
        {
          name: 'bad-operator',
          conditions: when('profile.level', 'contains', 'beginner'),
          event: { type: 'exclude' },
        },
        {
          name: 'twice',
          conditions: when('day.type', 'equal', 'home'),
          event: { type: 'slots', params: { times: ['10:00'] } },
        },
        {
          name: 'twice',
          conditions: when('day.type', 'equal', 'office'),
          event: { type: 'slots', params: { times: ['11:00'] } },
        },
        {
          name: 'slot-in-exclude',
          conditions: when('slot.minuteOfDay', 'lessThan', 600),
          event: { type: 'exclude' },
        },
        {
          name: 'bad-rrule',
          conditions: when('day.type', 'equal', 'home'),
          event: { type: 'slots', params: { rrule: 'FREQ=SOMETIMES' } },
        },
      ],
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'schema/enum', path: '/rules/0/conditions/all/0/operator' },
      { code: 'rules/duplicate-name', path: '/rules/2/name' },
      { code: 'rules/fact-not-allowed', path: '/rules/3/conditions/all/0/fact' },
      { code: 'rules/invalid-rrule', path: '/rules/4/event/params/rrule' },
    ])
  })
})
