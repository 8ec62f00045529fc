import type { FactCondition, RuleCondition } from './types'

/** Calls `visit` for every leaf of a condition tree with its JSON pointer. */
export function forEachLeaf(
  condition: RuleCondition,
  path: string,
  visit: (leaf: FactCondition, path: string) => void,
): void {
  if ('all' in condition) {
    for (const [i, c] of condition.all.entries()) forEachLeaf(c, `${path}/all/${i}`, visit)
  } else if ('any' in condition) {
    for (const [i, c] of condition.any.entries()) forEachLeaf(c, `${path}/any/${i}`, visit)
  } else if ('not' in condition) {
    forEachLeaf(condition.not, `${path}/not`, visit)
  } else {
    visit(condition, path)
  }
}
