import type { FactSignatures } from './conditions'
import type { RuleSet } from './types'

/**
 * Authors a rule set in TypeScript: returns `set` unchanged, typed, so that
 * `tsc` catches what `checkRuleSet` would refuse at run time: a fact that is
 * not in the registry (`exercise.load` for `exercise.loads`), an operator
 * that does not fit the fact (`equals`, `contains` on a string), a value of
 * the wrong type or not among the fact's values (`wrists` for `wrist`), an
 * unknown event type or params key (`time` for `times`). Checks across rules
 * (unique names, facts allowed for the event's kind, RRULE syntax, ranges)
 * still happen in `checkRuleSet` / `createPlanner`.
 *
 * Conditions on plugin facts (`plugin.<name>.<fact>`) are accepted with any
 * operator and value (checked against the planner's plugins at run time);
 * to type them too, name the plugin and its facts:
 * `defineRuleSet<PluginFactsOf<'weather', typeof weatherFacts>>({ ... })`
 * (declare the facts with `satisfies Record<string, PluginFact>` so their
 * `type`s stay literal).
 *
 * @example
 * ```ts
 * const mine = defineRuleSet({
 *   id: 'office-extras',
 *   version: '1.0.0',
 *   rules: [{
 *     name: 'no-floor-exercises',
 *     conditions: { all: [{ fact: 'exercise.position', operator: 'equal', value: 'floor' }] },
 *     event: { type: 'exclude' },
 *   }],
 * })
 * createPlanner({ rules: [defaultRules, mine] })
 * ```
 */
export function defineRuleSet<PluginFacts extends FactSignatures | undefined = undefined>(
  set: RuleSet<NoInfer<PluginFacts>>,
): RuleSet {
  // A condition on a typed plugin fact is also a condition on some plugin
  // fact, so the set is a plain RuleSet; tsc measures RuleSet's parameter
  // as invariant (it feeds a conditional type) and cannot see that itself.
  return set as RuleSet
}
