import { describe, expect, it } from 'vitest'
import { checkRuleSet } from '../../src/rules/check'

// Pins the wording of rule-set errors: facts, operators, values, event types
// and params keys, each with the nearest right spelling; one error per mistake.
const office = { all: [{ fact: 'day.type', operator: 'equal', value: 'office' }] }
const messages = (rule: Record<string, unknown>) => {
  const result = checkRuleSet({
    id: 'mine',
    version: '1',
    rules: [{ name: 'my-rule', conditions: office, event: { type: 'exclude' }, ...rule }],
  })
  return result.ok ? [] : result.errors.map((e) => `${e.path} ${e.code}: ${e.message}`)
}
const leaf = (fact: string, operator: string, value: unknown) => ({
  all: [{ fact, operator, value }],
})
const slots = { type: 'slots', params: { times: ['10:00'] } }

describe('rule-set error messages', () => {
  it('a misspelt fact', () => {
    expect(
      messages({ conditions: leaf('exercise.load', 'contains', 'knee') }),
    ).toMatchInlineSnapshot(`
      [
        "/rules/0/conditions/all/0/fact rules/unknown-fact: unknown fact "exercise.load"; did you mean "exercise.loads"? use a fact from the registry (see the package README) or one a plugin registers",
      ]
    `)
  })

  it('an operator that does not exist, or does not fit the fact', () => {
    expect(
      messages({ conditions: leaf('day.type', 'equals', 'office'), event: slots }),
    ).toMatchInlineSnapshot(`
        [
          "/rules/0/conditions/all/0/operator schema/enum: must be one of "equal", "notEqual", "in", "notIn", got "equals"; did you mean "equal"?",
        ]
      `)
  })

  it('a value not among the fact’s values, or of the wrong type', () => {
    expect(
      messages({ conditions: leaf('exercise.loads', 'contains', 'wrists') }),
    ).toMatchInlineSnapshot(`
        [
          "/rules/0/conditions/all/0/value schema/enum: must be one of "ankle", "knee", "hip", "back", "core", "shoulder", "elbow", "wrist", "neck", got "wrists"; did you mean "wrist"?",
        ]
      `)
    expect(
      messages({ conditions: leaf('program.day', 'equal', '3'), event: slots }),
    ).toMatchInlineSnapshot(`
        [
          "/rules/0/conditions/all/0/value schema/type: must be a number, got the string "3"",
        ]
      `)
  })

  it('a misspelt event type', () => {
    expect(
      messages({ event: { type: 'slot', params: { times: ['10:00'] } } }),
    ).toMatchInlineSnapshot(`
        [
          "/rules/0/event/type schema/enum: must be one of "exclude", "substitute", "cap-effort", "advisory", "targets", "slots", "cue", "bounds", got "slot"; did you mean "slots"?",
        ]
      `)
  })

  it('time for times in slots params: one error', () => {
    expect(
      messages({ event: { type: 'slots', params: { time: ['10:00'] } } }),
    ).toMatchInlineSnapshot(`
        [
          "/rules/0/event/params/time schema/unknown-key: unknown key "time"; did you mean "times"?",
        ]
      `)
  })

  it('a condition without all/any/not: one error', () => {
    expect(
      messages({
        conditions: { fact: 'day.type', operator: 'equal', value: 'office' },
        event: slots,
      }),
    ).toMatchInlineSnapshot(`
      [
        "/rules/0/conditions schema/required: needs one of "all", "any" or "not"",
      ]
    `)
  })

  it('a time in the wrong form', () => {
    expect(
      messages({ event: { type: 'slots', params: { times: ['9:00'] } } }),
    ).toMatchInlineSnapshot(`
        [
          "/rules/0/event/params/times/0 schema/pattern: must be a 24-hour time HH:MM (00:00-23:59), got "9:00"",
        ]
      `)
  })
})
