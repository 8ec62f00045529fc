import { pointer, type SnackplanIssue } from '../errors/issue'
import { type ExerciseEntry, LOCALES } from '../types'

// Zero-width characters read as nothing, like white space.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g
const isBlank = (text: string) => text.replace(INVISIBLE, '').trim() === ''

/**
 * Rules the schema cannot say: unique ids, variations that resolve and do not
 * loop, ordered dose and effort ranges, text that is not just white space.
 * `known` holds ids from a base catalog that variations may also point to.
 * `exercises` has `undefined` where an entry failed the schema, so the other
 * entries are still checked; `unchecked` holds those entries' ids.
 */
export function semanticIssues(
  exercises: readonly (ExerciseEntry | undefined)[],
  known: ReadonlyMap<string, ExerciseEntry> = new Map(),
  unchecked: ReadonlySet<string> = new Set(),
): { errors: SnackplanIssue[]; warnings: SnackplanIssue[] } {
  const errors: SnackplanIssue[] = []
  const warnings: SnackplanIssue[] = []
  const byId = new Map(known)
  const firstIndex = new Map<string, number>()

  exercises.forEach((e, i) => {
    if (!e) return
    const at = (...t: (string | number)[]) => pointer('exercises', i, ...t)
    const dup = firstIndex.get(e.id)
    if (dup !== undefined) {
      errors.push({
        code: 'catalog/duplicate-id',
        path: at('id'),
        message: `id "${e.id}" is already used by /exercises/${dup}`,
      })
    } else if (known.has(e.id)) {
      errors.push({
        code: 'catalog/id-conflict',
        path: at('id'),
        message: `id "${e.id}" already exists in the base catalog`,
      })
    } else {
      firstIndex.set(e.id, i)
      byId.set(e.id, e)
    }
    if (!(e.dose.min <= e.dose.default && e.dose.default <= e.dose.max)) {
      const which = e.dose.min > e.dose.default ? 'min' : 'max'
      errors.push({
        code: 'catalog/dose-order',
        path: at('dose', which),
        message: `dose must satisfy min <= default <= max (got ${e.dose.min} <= ${e.dose.default} <= ${e.dose.max})`,
      })
    }
    if (!(e.effort.min <= e.effort.target && e.effort.target <= e.effort.max)) {
      const which = e.effort.min > e.effort.target ? 'min' : 'max'
      errors.push({
        code: 'catalog/effort-order',
        path: at('effort', which),
        message: `effort must satisfy min <= target <= max (got ${e.effort.min} <= ${e.effort.target} <= ${e.effort.max})`,
      })
    }
    for (const field of ['name', 'cues', 'safety'] as const) {
      for (const locale of LOCALES) {
        if (isBlank(e[field][locale])) {
          errors.push({
            code: 'catalog/empty-text',
            path: at(field, locale),
            message: `${field} in "${locale}" is only white space`,
          })
        }
      }
    }
  })

  exercises.forEach((e, i) => {
    if (!e) return
    for (const dir of ['easier', 'harder'] as const) {
      const target = e[dir]
      if (target === undefined || (unchecked.has(target) && !byId.has(target))) continue
      const path = pointer('exercises', i, dir)
      if (target === e.id) {
        errors.push({
          code: 'catalog/variation-self',
          path,
          message: `"${e.id}" cannot be its own ${dir} variation`,
        })
      } else if (!byId.has(target)) {
        errors.push({
          code: 'catalog/unknown-variation',
          path,
          message: `${dir} variation "${target}" is not in the catalog`,
        })
      } else if (byId.get(target)![dir === 'easier' ? 'harder' : 'easier'] !== e.id) {
        warnings.push({
          code: 'catalog/one-way-variation',
          path,
          message: `"${target}" does not name "${e.id}" as its ${dir === 'easier' ? 'harder' : 'easier'} variation`,
        })
      }
    }
  })

  for (const dir of ['easier', 'harder'] as const) {
    const cycle = findCycle(exercises, byId, dir)
    const path = cycle && pointer('exercises', cycle.index, dir)
    // A self-reference is already reported as variation-self.
    if (cycle && !errors.some((e) => e.path === path)) {
      errors.push({
        code: 'catalog/variation-cycle',
        path: pointer('exercises', cycle.index, dir),
        message: `${dir} variations loop: ${cycle.ids.join(' -> ')}`,
      })
    }
  }
  return { errors, warnings }
}

function findCycle(
  entries: readonly (ExerciseEntry | undefined)[],
  byId: ReadonlyMap<string, ExerciseEntry>,
  dir: 'easier' | 'harder',
): { index: number; ids: string[] } | undefined {
  const done = new Set<string>()
  for (let i = 0; i < entries.length; i++) {
    const chain: string[] = []
    const onChain = new Set<string>()
    let cur: ExerciseEntry | undefined = entries[i]
    while (cur && !done.has(cur.id)) {
      if (onChain.has(cur.id))
        return { index: i, ids: [...chain.slice(chain.indexOf(cur.id)), cur.id] }
      onChain.add(cur.id)
      chain.push(cur.id)
      cur = cur[dir] === undefined ? undefined : byId.get(cur[dir]!)
    }
    for (const id of chain) done.add(id)
  }
  return undefined
}
