import { isListOperator } from '../facts/registry'
import type { FactCondition } from '../rules/types'

/**
 * Names the class of a fact value: values in one class give every given
 * leaf the same outcome under json-rules-engine's operators, so a rule's
 * result may be remembered by the classes of the facts it reads.
 * `undefined` when the value is of a kind the classes do not cover (the
 * caller then evaluates the rule instead of remembering anything).
 */
export type Classify = (value: unknown) => string | undefined

const EQUALITY: ReadonlySet<string> = new Set(['equal', 'notEqual', 'in', 'notIn'])
const MEMBERSHIP: ReadonlySet<string> = new Set(['contains', 'doesNotContain'])
const ORDER: ReadonlySet<string> = new Set([
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
])

// Classes of array values by array identity: a profile's conditions or an
// exercise's loads are one array read many times over.
function rememberArrays(classify: (value: unknown[]) => string): Classify {
  const known = new WeakMap<object, string>()
  return (value) => {
    if (!Array.isArray(value)) return 'x'
    let c = known.get(value)
    if (c === undefined) {
      c = classify(value)
      // Only frozen arrays can be trusted to hold the same items next time.
      if (Object.isFrozen(value)) known.set(value, c)
    }
    return c
  }
}

/**
 * The classifier for one fact read by `leaves` (every leaf tests that fact),
 * or `undefined` when their operators and values are not ones whose
 * semantics it knows, so no result over them may be remembered.
 *
 * json-rules-engine 7's operators: `equal`/`notEqual` are `===`/`!==`,
 * `in`/`notIn` are `value.indexOf(fact)` (strict equality too), `contains`
 * and `doesNotContain` are `fact.indexOf(value)` on arrays (false for
 * anything else), and the four order operators compare with `<`, `<=`, `>`,
 * `>=` after checking that `parseFloat(fact)` is a number. So:
 * - only equality operators: the class is which tested value the fact is
 *   (or none of them);
 * - only membership operators: which tested values the array holds (or not
 *   an array at all);
 * - order operators (and equality ones) over numbers: where the fact lies
 *   among the sorted tested numbers, on one or between two; any value that
 *   is not a number other than NaN is left unclassified.
 */
export function classifier(leaves: readonly FactCondition[]): Classify | undefined {
  const ops = new Set(leaves.map((l) => l.operator))
  const tested: unknown[] = []
  for (const leaf of leaves) {
    if (isListOperator(leaf.operator)) {
      // A string here would make `indexOf` a substring search.
      if (!Array.isArray(leaf.value)) return undefined
      tested.push(...leaf.value)
    } else tested.push(leaf.value)
  }
  const unique = [...new Set(tested)]
  const within = (set: ReadonlySet<string>) => [...ops].every((op) => set.has(op))

  if (within(EQUALITY)) {
    // A Map finds by SameValueZero, which differs from === only for NaN,
    // and no tested value read from JSON is NaN.
    if (unique.some((v) => typeof v === 'number' && Number.isNaN(v))) return undefined
    const index = new Map(unique.map((v, i) => [v, String(i)]))
    return (value) => index.get(value) ?? '-'
  }
  if (within(MEMBERSHIP)) {
    return rememberArrays((value) => {
      let bits = ''
      for (const v of unique) bits += value.indexOf(v) > -1 ? '1' : '0'
      return bits
    })
  }
  if ([...ops].every((op) => EQUALITY.has(op) || ORDER.has(op))) {
    if (!unique.every((v) => typeof v === 'number' && !Number.isNaN(v))) return undefined
    const sorted = (unique as number[]).sort((a, b) => a - b)
    return (value) => {
      if (typeof value !== 'number' || Number.isNaN(value)) return undefined
      let below = 0
      while (below < sorted.length && sorted[below]! < value) below++
      return String(2 * below + (sorted[below] === value ? 1 : 0))
    }
  }
  return undefined
}
