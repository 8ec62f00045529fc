import { defaultCatalog } from '@snackplan/catalog'
import fc from 'fast-check'
import {
  FACTS,
  type FactDefinition,
  type FactScope,
  isListOperator,
  OPERATORS,
} from '../facts/registry'
import { EVENT_KINDS, EVENT_TYPES } from '../rules/kinds'
import type { FactCondition, Rule, RuleCondition, RuleEvent, RuleSet } from '../rules/types'
import { formatLocalTime } from '../time/clock'

/** Options of {@link arbitraryRuleSet}. */
export interface ArbitraryRuleSetOptions {
  /** Most rules in a set. Default 8. */
  maxRules?: number
  /** Facts plugins register (name -> type, scope, values), for conditions too. Default none. */
  extraFacts?: Readonly<Record<string, Pick<FactDefinition, 'type' | 'scope' | 'values'>>>
  /** Event types to draw from. Default every type. */
  events?: readonly RuleEvent['type'][]
  /** Prefix of the set id and rule names, so sets drawn together never clash. Default `gen`. */
  prefix?: string
}

const TEXT = { en: 'A generated rule.', sv: 'En genererad regel.', da: 'En genereret regel.' }

// Values of a number fact: small ones, where program days, weeks, history
// counts and efforts meet the tests, and a few larger slot minutes.
const NUMBER = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 14 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1439 }) },
)

function valueArb(def: Pick<FactDefinition, 'type' | 'values'>, operator: string) {
  const one: fc.Arbitrary<string | number | boolean> =
    def.type === 'number'
      ? NUMBER
      : def.type === 'boolean'
        ? fc.boolean()
        : def.values
          ? fc.constantFrom(...def.values)
          : fc.constantFrom(...defaultCatalog.exercises.map((e) => e.id))
  if (isListOperator(operator)) {
    return fc.uniqueArray(one as fc.Arbitrary<string | number>, { minLength: 1, maxLength: 3 })
  }
  return one
}

function leafArb(
  facts: readonly [string, Pick<FactDefinition, 'type' | 'values'>][],
): fc.Arbitrary<FactCondition> {
  return fc.constantFrom(...facts).chain(([fact, def]) =>
    fc.constantFrom(...OPERATORS[def.type]).chain((operator) =>
      // Fact, operator and value come from the registry at run time, so
      // the static per-fact typing cannot follow them: assert the shape.
      valueArb(def, operator).map((value) => ({ fact, operator, value }) as FactCondition),
    ),
  )
}

function conditionArb(
  leaf: fc.Arbitrary<FactCondition>,
  depth: number,
): fc.Arbitrary<RuleCondition> {
  if (depth === 0) return leaf
  const inner = conditionArb(leaf, depth - 1)
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    {
      weight: 1,
      arbitrary: fc.array(inner, { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    },
    {
      weight: 1,
      arbitrary: fc.array(inner, { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
    },
    { weight: 1, arbitrary: inner.map((not) => ({ not })) },
  )
}

const exerciseId = fc.constantFrom(...defaultCatalog.exercises.map((e) => e.id))

// A valid event of each type, with params drawn from small, sane ranges.
const EVENTS: { [T in RuleEvent['type']]: fc.Arbitrary<Extract<RuleEvent, { type: T }>> } = {
  exclude: fc.constant({ type: 'exclude' }),
  substitute: fc.constant({ type: 'substitute' }),
  advisory: fc.constant({ type: 'advisory', params: { text: TEXT } }),
  'cap-effort': fc
    .integer({ min: 3, max: 10 })
    .map((max) => ({ type: 'cap-effort', params: { max } })),
  bounds: fc.oneof(
    fc
      .integer({ min: 1, max: 8 })
      .map((maxSnacks) => ({ type: 'bounds' as const, params: { maxSnacks } })),
    fc
      .integer({ min: 15, max: 120 })
      .map((minGapMin) => ({ type: 'bounds' as const, params: { minGapMin } })),
  ),
  targets: fc.oneof(
    fc
      .integer({ min: 1, max: 6 })
      .map((snacks) => ({ type: 'targets' as const, params: { snacks } })),
    fc
      .integer({ min: 2, max: 8 })
      .map((effort) => ({ type: 'targets' as const, params: { effort } })),
    fc
      .constantFrom('cardio', 'strength', 'mobility', 'mixed' as const)
      .map((focus) => ({ type: 'targets' as const, params: { focus } })),
    exerciseId.map((e) => ({ type: 'targets' as const, params: { exercises: [e] } })),
  ),
  slots: fc.oneof(
    fc
      .uniqueArray(fc.integer({ min: 6 * 60, max: 21 * 60 }), { minLength: 1, maxLength: 3 })
      .map((ms) => ({
        type: 'slots' as const,
        params: { times: ms.sort((a, b) => a - b).map(formatLocalTime) },
      })),
    fc
      .constantFrom('wake', 'lunch-end', 'work-start' as const)
      .map((anchor) => ({ type: 'slots' as const, params: { anchor, offsetMin: 30 } })),
  ),
  cue: fc.constant({ type: 'cue', params: { text: TEXT } }),
}

/**
 * A fast-check arbitrary of valid rule sets (every value passes
 * `checkRuleSet` with the same `extraFacts`): rules of every event type with
 * `all` / `any` / `not` trees up to three levels deep over the facts each
 * type may test, built-in and plugin facts alike, with operators that fit
 * each fact's type and values from its vocabulary. For property tests of
 * planners, plugins and caches over rule sets nobody wrote by hand; add it
 * after `defaultRules` (`rules: [defaultRules, set]`).
 *
 * @example
 * fc.assert(fc.asyncProperty(arbitraryProfile(), arbitraryRuleSet(), async (profile, set) => {
 *   const plan = await createPlanner({ rules: [defaultRules, set] }).plan({ profile, days: 7 })
 *   return checkInvariants(plan, { profile, rules: [defaultRules, set] }).length === 0
 * }))
 */
export function arbitraryRuleSet(options: ArbitraryRuleSetOptions = {}): fc.Arbitrary<RuleSet> {
  const prefix = options.prefix ?? 'gen'
  const all = [...Object.entries(FACTS), ...Object.entries(options.extraFacts ?? {})] as [
    string,
    Pick<FactDefinition, 'type' | 'scope' | 'values'>,
  ][]
  const factsFor = (scopes: readonly FactScope[]) => all.filter(([, d]) => scopes.includes(d.scope))
  const ruleArb = fc.constantFrom(...(options.events ?? EVENT_TYPES)).chain((type) => {
    const leaf = leafArb(factsFor(EVENT_KINDS[type].scopes))
    return fc.record({
      priority: fc.integer({ min: 1, max: 100 }),
      conditions: fc.oneof(
        fc.array(conditionArb(leaf, 2), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
        fc.array(conditionArb(leaf, 2), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
        conditionArb(leaf, 2).map((not) => ({ not })),
      ),
      event: EVENTS[type] as fc.Arbitrary<RuleEvent>,
    })
  })
  return fc.array(ruleArb, { minLength: 1, maxLength: options.maxRules ?? 8 }).map(
    (rules): RuleSet => ({
      id: `${prefix}-rules`,
      version: '1',
      rules: rules.map((r, i): Rule => ({ name: `${prefix}-rule-${i}`, ...r })),
    }),
  )
}
