import { didYouMean, resolvePointer, type SnackplanIssue, showValue } from '@snackplan/catalog'
import { FACT_NAMES } from '../facts/registry'

const BRANCH_KEYS = new Set(['all', 'any', 'not', 'fact', 'operator', 'value'])

const parent = (path: string) => path.slice(0, path.lastIndexOf('/'))
const last = (path: string) => path.slice(path.lastIndexOf('/') + 1)
const isCondition = (path: string) => /\/conditions(\/(all|any)\/\d+|\/not)*$/.test(path)

/**
 * A condition is one of four shapes (all / any / not / leaf), so one mistake
 * in it fails every branch of the schema's oneOf. Keeps the one error that
 * names the mistake: an unknown fact, a `path` key, or an unknown key,
 * without the "all/any/not is required" noise of the branches not taken.
 */
export function tidyConditionIssues(doc: unknown, issues: SnackplanIssue[]): SnackplanIssue[] {
  const out: SnackplanIssue[] = []
  const named = new Set<string>()
  for (const e of issues) {
    if (last(e.path) === 'fact' && isCondition(parent(e.path))) {
      if (e.code !== 'schema/enum' && e.code !== 'schema/pattern') {
        out.push(e)
        continue
      }
      if (named.has(e.path)) continue
      named.add(e.path)
      // The fact as the schema read it, an inherited property included.
      const leaf = resolvePointer(doc, parent(e.path)) as Record<string, unknown> | undefined
      const fact = leaf?.fact
      out.push({
        code: 'rules/unknown-fact',
        path: e.path,
        message: `unknown fact ${showValue(fact)}${didYouMean(fact, FACT_NAMES) || ':'} use a fact from the registry (see the package README) or one a plugin registers`,
      })
    } else if (
      e.code === 'schema/unknown-key' &&
      last(e.path) === 'path' &&
      isCondition(parent(e.path))
    ) {
      out.push({
        code: 'rules/path-not-allowed',
        path: e.path,
        message:
          'conditions cannot have a JSONPath "path": facts come from the typed registry, whole',
      })
    } else out.push(e)
  }
  // Conditions with a key error: drop the failed-branch noise at the same condition.
  const keyed = new Set(
    out
      .filter((e) => e.code === 'schema/unknown-key' || e.code === 'rules/path-not-allowed')
      .map((e) => parent(e.path)),
  )
  return out.filter((e) => {
    const cond = e.code === 'schema/maxProperties' ? e.path : parent(e.path)
    // The branches' "needs one of" sits at the condition itself.
    if (e.code === 'schema/required' && keyed.has(e.path) && isCondition(e.path)) return false
    if (!keyed.has(cond) || !isCondition(cond)) return true
    if (e.code === 'schema/maxProperties') return false
    return !(e.code === 'schema/required' && BRANCH_KEYS.has(last(e.path)))
  })
}
