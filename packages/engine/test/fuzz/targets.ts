import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import {
  arbitraryDamagedJsonText,
  arbitraryHostileDocument,
  arbitraryMutatedDocument,
  nested,
} from '../../../../fuzz/arbitraries/json'
import { arbitraryHostileRRule } from '../../../../fuzz/arbitraries/rrule'
import { arbitraryHostileString } from '../../../../fuzz/arbitraries/text'
import { checkTwice } from '../../../../fuzz/checks'
import { defineFuzzTarget } from '../../../../fuzz/harness'
import { checkProfile, checkRuleSet, createPlanner, defaultRules } from '../../src/index'
import { arbitraryTriggerRRule } from '../time/fixtures/trigger-rrule'

const anna = JSON.parse(
  readFileSync(new URL('../../../../examples/profiles/anna.json', import.meta.url), 'utf8'),
)

/** checkProfile on mutated sample profiles, damaged text and arbitrary values. */
export const checkProfileTarget = defineFuzzTarget({
  arbitrary: fc.oneof(
    { weight: 8, arbitrary: arbitraryHostileDocument(anna) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(arbitraryHostileString(), fc.constantFrom('timeZone', 'id', 'wake', 'programStart'))
        .map(([text, key]) => ({ ...anna, [key]: text })),
    },
  ),
  run: (input) => checkTwice(checkProfile, input),
})

// A few real rules (one of each event type the default program has) keep runs quick.
const someRules = {
  id: 'some',
  version: '1',
  rules: [...new Map(defaultRules.rules.map((r) => [r.event.type, r])).values()],
}
const slots = (rrule: string) => ({
  id: 'triggers',
  version: '1',
  rules: [
    {
      name: 'hostile-trigger',
      conditions: { all: [{ fact: 'day.type', operator: 'notEqual', value: 'rest' }] },
      event: { type: 'slots', params: { rrule } },
    },
  ],
})

/** checkRuleSet on mutated rule sets, damaged text, hostile RRULEs and deep conditions. */
export const checkRuleSetTarget = defineFuzzTarget({
  arbitrary: fc.oneof(
    { weight: 4, arbitrary: arbitraryMutatedDocument(someRules) },
    { weight: 2, arbitrary: arbitraryDamagedJsonText(someRules) },
    { weight: 3, arbitrary: arbitraryHostileRRule().map(slots) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 4 }) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 10, max: 5_000 }).map((depth) => {
        let condition: unknown = { fact: 'day.type', operator: 'equal', value: 'home' }
        for (let i = 0; i < depth; i++) condition = { not: condition }
        return {
          ...slots('FREQ=DAILY'),
          rules: [{ ...slots('FREQ=DAILY').rules[0], conditions: { all: [condition] } }],
        }
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 30, max: 50_000 })
        .map((d) => ({ ...someRules, rules: nested(d) })),
    },
  ),
  run: (input) => checkTwice(checkRuleSet, input),
})

const leaf = fc.constantFrom(
  { fact: 'day.type', operator: 'notEqual', value: 'rest' },
  { fact: 'day.type', operator: 'equal', value: 'office' },
  { fact: 'day.hasWork', operator: 'equal', value: true },
  { fact: 'profile.level', operator: 'in', value: ['beginner', 'advanced'] },
)
const { condition } = fc.letrec((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.record({ all: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('condition') }),
  ),
}))
// Mostly triggers the checks accept, so most runs plan; now and then a broken one.
const trigger = fc.record({
  rrule: fc.oneof(
    { weight: 30, arbitrary: arbitraryTriggerRRule() },
    { weight: 1, arbitrary: arbitraryHostileRRule() },
  ),
  window: fc.constantFrom(undefined, 'work', 'waking'),
  priority: fc.integer({ min: 1, max: 10 }),
  condition,
})

/**
 * plan() with the default program plus a hostile set of triggers (RRULE
 * grammar from ordinary to broken, nested conditions): a plan, or a
 * SnackplanError from createPlanner for a set it refuses.
 */
export const planTarget = defineFuzzTarget({
  arbitrary: fc.record({
    triggers: fc.array(trigger, { minLength: 1, maxLength: 25 }),
    from: fc
      .integer({ min: 0, max: 800 })
      .map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10)),
    days: fc.integer({ min: 1, max: 7 }),
    seed: fc.integer({ min: 0, max: 1000 }),
  }),
  // A week of planning on a shared machine; a hang would take forever.
  budgetMs: 3_000,
  run: async ({ triggers, from, days, seed }) => {
    const rules = triggers.map((t, i) => ({
      name: `t-${i}`,
      priority: t.priority,
      conditions: { all: [t.condition] },
      event: { type: 'slots', params: { rrule: t.rrule, ...(t.window && { window: t.window }) } },
    }))
    // As JSON text: hostile sets are not typed rule sets.
    const hostile = JSON.stringify({ id: 'hostile', version: '1', rules })
    const planner = createPlanner({ rules: [defaultRules, hostile] })
    await planner.plan({ profile: anna, from, days, seed })
  },
})

const planner = createPlanner()

/** plan() with hostile profiles: a plan, or a SnackplanError naming the problem. */
export const planProfileTarget = defineFuzzTarget({
  arbitrary: fc.oneof(
    { weight: 4, arbitrary: arbitraryMutatedDocument(anna) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
  ),
  budgetMs: 2_000,
  run: (profile) =>
    planner.plan({ profile: profile as never, from: '2026-11-23', days: 3, seed: 1 }),
})
