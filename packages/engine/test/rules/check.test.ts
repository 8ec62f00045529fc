import { describe, expect, it } from 'vitest'
import { checkRuleSet, createPlanner, isSnackplanError, loadRuleSet } from '../../src/index'
import { MAX_RULES } from '../../src/rules/limits'
import { ruleSetSchema } from '../../src/rules/schema'

const leaf = (fact: string, operator: string, value: unknown, extra: object = {}) => ({
  fact,
  operator,
  value,
  ...extra,
})
const rule = (name: string, conditions: object, event: object = { type: 'exclude' }) => ({
  name,
  conditions,
  event,
})
const set = (...rules: object[]) => ({ id: 'custom', version: '1.0.0', rules })
const errorsOf = (input: unknown) => {
  const r = checkRuleSet(input)
  return r.ok ? [] : r.errors.map((e) => [e.code, e.path])
}

describe('checkRuleSet: each mistake gives one error with its code and JSON pointer', () => {
  it.each([
    [
      'unknown fact',
      set(rule('r1', { all: [leaf('profile.age', 'equal', 40)] })),
      [['rules/unknown-fact', '/rules/0/conditions/all/0/fact']],
    ],
    [
      'operator that does not fit the fact type',
      set(rule('r1', { all: [leaf('profile.conditions', 'equal', 'knee-pain')] })),
      [['schema/enum', '/rules/0/conditions/all/0/operator']],
    ],
    [
      'value of the wrong type',
      set(
        rule(
          'r1',
          { any: [leaf('program.day', 'greaterThan', 'seven')] },
          { type: 'targets', params: { snacks: 2 } },
        ),
      ),
      [['schema/type', '/rules/0/conditions/any/0/value']],
    ],
    [
      'value outside the fact vocabulary',
      set(rule('r1', { all: [leaf('profile.conditions', 'contains', 'flu')] })),
      [['schema/enum', '/rules/0/conditions/all/0/value']],
    ],
    ['empty all', set(rule('r1', { all: [] })), [['schema/too-few', '/rules/0/conditions/all']]],
    [
      'empty any',
      set(rule('r1', { not: { any: [] } })),
      [['schema/too-few', '/rules/0/conditions/not/any']],
    ],
    [
      'a JSONPath `path` key',
      set(rule('r1', { all: [leaf('profile.level', 'equal', 'beginner', { path: '$.x' })] })),
      [['rules/path-not-allowed', '/rules/0/conditions/all/0/path']],
    ],
    [
      'a slot.* fact in a substitute rule',
      set(rule('r1', { all: [leaf('slot.minuteOfDay', 'lessThan', 600)] }, { type: 'substitute' })),
      [['rules/fact-not-allowed', '/rules/0/conditions/all/0/fact']],
    ],
    [
      'an exercise.* fact in a trigger',
      set(
        rule(
          'r1',
          { all: [leaf('exercise.kind', 'equal', 'cardio')] },
          { type: 'slots', params: { times: ['09:00'] } },
        ),
      ),
      [['rules/fact-not-allowed', '/rules/0/conditions/all/0/fact']],
    ],
    [
      'duplicate rule names',
      set(
        rule('r1', { all: [leaf('profile.level', 'equal', 'beginner')] }),
        rule('r1', { all: [leaf('profile.level', 'equal', 'advanced')] }),
      ),
      [['rules/duplicate-name', '/rules/1/name']],
    ],
    [
      'a bad RRULE',
      set(
        rule(
          'r1',
          { all: [leaf('day.type', 'equal', 'office')] },
          { type: 'slots', params: { rrule: 'FREQ=SOMETIMES' } },
        ),
      ),
      [['rules/invalid-rrule', '/rules/0/event/params/rrule']],
    ],
    [
      // Issue 9: this passed the check, then plan() never returned.
      'an RRULE that would make planning hang',
      set(
        rule(
          'r1',
          { all: [leaf('day.type', 'equal', 'office')] },
          { type: 'slots', params: { rrule: 'FREQ=HOURLY;BYSETPOS=30;BYMINUTE=0' } },
        ),
      ),
      [['rules/unsupported-rrule', '/rules/0/event/params/rrule']],
    ],
    [
      'an RRULE over a limit',
      set(
        rule(
          'r1',
          { all: [leaf('day.type', 'equal', 'office')] },
          { type: 'slots', params: { rrule: 'FREQ=MINUTELY;INTERVAL=100000' } },
        ),
      ),
      [['rules/rrule-limit', '/rules/0/event/params/rrule']],
    ],
    [
      'an unknown event param',
      set(
        rule(
          'r1',
          { all: [leaf('day.type', 'equal', 'office')] },
          { type: 'bounds', params: { snackSecs: 30 } },
        ),
      ),
      [['schema/unknown-key', '/rules/0/event/params/snackSecs']],
    ],
  ])('%s', (_what, input, expected) => {
    expect(errorsOf(input)).toEqual(expected)
  })

  it('reports five different mistakes as five errors at once', () => {
    const input = set(
      rule('r1', { all: [leaf('profile.age', 'equal', 40)] }),
      rule('r2', { all: [leaf('profile.conditions', 'equal', 'knee-pain')] }),
      rule('r3', { all: [leaf('program.week', 'lessThan', 'two')] }),
      rule('r4', { any: [] }),
      rule('r5', { all: [leaf('day.type', 'equal', 'office', { path: '$.type' })] }),
    )
    expect(errorsOf(input)).toEqual([
      ['rules/unknown-fact', '/rules/0/conditions/all/0/fact'],
      ['schema/enum', '/rules/1/conditions/all/0/operator'],
      ['schema/type', '/rules/2/conditions/all/0/value'],
      ['schema/too-few', '/rules/3/conditions/any'],
      ['rules/path-not-allowed', '/rules/4/conditions/all/0/path'],
    ])
  })

  it('loadRuleSet throws a SnackplanError with the same issues', () => {
    const bad = set(rule('r1', { all: [leaf('profile.age', 'equal', 40)] }))
    try {
      loadRuleSet(bad)
      expect.unreachable()
    } catch (e) {
      expect(isSnackplanError(e)).toBe(true)
      if (isSnackplanError(e))
        expect(e.errors.map((i) => i.path)).toEqual(['/rules/0/conditions/all/0/fact'])
    }
  })

  it('createPlanner refuses a set that names an exercise the catalog does not have', () => {
    const bad = set(
      rule(
        'r1',
        { all: [leaf('day.type', 'equal', 'office')] },
        { type: 'slots', params: { times: ['09:00'], exercise: 'moonwalk' } },
      ),
      rule(
        'r2',
        { all: [leaf('program.day', 'equal', 1)] },
        { type: 'targets', params: { exercises: ['squat', 'flying'] } },
      ),
    )
    expect(checkRuleSet(bad).ok).toBe(true)
    try {
      createPlanner({ rules: JSON.stringify(bad) })
      expect.unreachable()
    } catch (e) {
      expect(isSnackplanError(e)).toBe(true)
      if (isSnackplanError(e))
        expect(e.errors.map((i) => [i.code, i.path])).toEqual([
          ['rules/unknown-exercise', '/rules/0/event/params/exercise'],
          ['rules/unknown-exercise', '/rules/1/event/params/exercises/1'],
        ])
    }
  })

  it('createPlanner names the plugin whose rules are invalid', () => {
    const plugin = { name: 'my-plugin', rules: [set(rule('r1', { all: [] }))] }
    expect(() => createPlanner({ plugins: [plugin] })).toThrow(/my-plugin/)
  })

  it('accepts the default rules', () => {
    expect(errorsOf(JSON.stringify({ ...set(), rules: [] }))).toEqual([])
  })
})

describe('checkRuleSet applies the text policy', () => {
  it('refuses a bidi control in free text, at its path, and loads text in NFC', () => {
    expect(errorsOf({ ...set(), version: '1.0\u202E' })).toEqual([
      ['text/bidi-control', '/version'],
    ])
    const loaded = loadRuleSet({ ...set(), version: 'v\u0065\u0301\t1' })
    expect(loaded.version).toBe('v\u00e9 1')
  })
})

describe('checkRuleSet: limits before the schema', () => {
  it('refuses a 10,000-rule document at once, with the one issue the schema would give', () => {
    const broken = Array.from({ length: 10_000 }, (_, i) => ({ name: `r${i}`, conditions: 7 }))
    const doc = { ...set(), rules: broken }
    for (const input of [doc, JSON.stringify(doc)]) {
      const result = checkRuleSet(input)
      // Had the schema run, each broken rule would be an error too.
      expect(result.ok ? [] : result.errors).toEqual([
        {
          code: 'schema/too-many',
          path: '/rules',
          message: `must have at most ${MAX_RULES} items (has 10000)`,
        },
      ])
    }
    expect(ruleSetSchema.properties.rules.maxItems).toBe(MAX_RULES)
  })
})

describe('checkRuleSet: events without params', () => {
  // Found by the fuzz suite: a slots event without params threw a TypeError
  // from checkRuleSet; the others loaded and would have broken planning.
  it('asks for params where the event type needs them, and loads the others', () => {
    const when = { all: [leaf('profile.level', 'equal', 'beginner')] }
    for (const type of ['slots', 'targets', 'bounds', 'cap-effort', 'advisory']) {
      expect(errorsOf(set(rule('r1', when, { type }))), type).toEqual([
        ['schema/required', '/rules/0/event/params'],
      ])
    }
    for (const type of ['exclude', 'substitute']) {
      const onExercise = { all: [leaf('exercise.impact', 'equal', 'high')] }
      expect(errorsOf(set(rule('r1', onExercise, { type }))), type).toEqual([])
    }
  })
})

describe('checkRuleSet: the unknown fact named', () => {
  it('quotes the fact the schema read, an inherited one too (a rule built in code)', () => {
    const own = checkRuleSet(set(rule('r1', { all: [leaf('hourz', 'equal', 1)] })))
    const inherited = Object.assign(Object.create({ fact: 'hourz' }), {
      operator: 'equal',
      value: 1,
    })
    const built = checkRuleSet(set(rule('r1', { all: [inherited] })))
    for (const result of [own, built]) {
      expect(result.ok ? [] : result.errors.map((e) => [e.code, e.message.slice(0, 22)])).toEqual([
        ['rules/unknown-fact', 'unknown fact "hourz": '],
      ])
    }
  })
})

describe('checkRuleSet: messages stay short', () => {
  it('cuts a message that quotes a huge value', () => {
    const fact = `profile.${'x'.repeat(9_000)}`
    const errors = errorsOf(set(rule('r1', { all: [leaf(fact, 'equal', 1)] })))
    expect(errors).toEqual([['rules/unknown-fact', '/rules/0/conditions/all/0/fact']])
    const result = checkRuleSet(set(rule('r1', { all: [leaf(fact, 'equal', 1)] })))
    // The value is cut where it is repeated, so the message keeps its advice.
    const message = result.ok ? '' : result.errors[0]!.message
    expect(message.length).toBeLessThan(200)
    expect(message).toContain('(9008 characters): use a fact from the registry')
  })
})
