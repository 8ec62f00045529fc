import type { FactValues } from '../facts/compute'
import type { RuleCondition } from '../rules/types'

type Value = FactValues[string] | undefined
type Operand = string | number | boolean | readonly (string | number)[]

// The operators of json-rules-engine, re-implemented on purpose: the
// invariants check rules without going through the evaluator they check.
const OPS: Record<string, (fact: Value, value: Operand) => boolean> = {
  equal: (f, v) => f === v,
  notEqual: (f, v) => f !== v,
  in: (f, v) => Array.isArray(v) && v.includes(f as string | number),
  notIn: (f, v) => Array.isArray(v) && !v.includes(f as string | number),
  contains: (f, v) => Array.isArray(f) && f.includes(v as string),
  doesNotContain: (f, v) => Array.isArray(f) && !f.includes(v as string),
  lessThan: (f, v) => typeof f === 'number' && typeof v === 'number' && f < v,
  lessThanInclusive: (f, v) => typeof f === 'number' && typeof v === 'number' && f <= v,
  greaterThan: (f, v) => typeof f === 'number' && typeof v === 'number' && f > v,
  greaterThanInclusive: (f, v) => typeof f === 'number' && typeof v === 'number' && f >= v,
}

/**
 * Evaluates a rule's condition tree against fact values, independently of
 * json-rules-engine. Unknown operators and missing facts count as false.
 */
export function holds(condition: RuleCondition, facts: FactValues): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, facts))
  if ('any' in condition) return condition.any.some((c) => holds(c, facts))
  if ('not' in condition) return !holds(condition.not, facts)
  const op = OPS[condition.operator]
  return op !== undefined && condition.fact in facts && op(facts[condition.fact], condition.value)
}
