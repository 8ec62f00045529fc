import type { Catalog, ExerciseEntry } from '@snackplan/catalog'
import { exerciseFacts, type FactValues } from '../facts/compute'
import type { SnackReason } from '../types/plan'
import type { Rulebook } from './rulebook'

/** Whether an exercise may be scheduled for this profile, and why not. */
export type ExerciseStatus =
  | { state: 'allowed' }
  | { state: 'excluded'; reasons: string[] }
  /** Not itself allowed; `use` is the nearest allowed easier variation. */
  | { state: 'substituted'; use: string; reasons: string[] }

/** Result of the contraindication step. */
export interface Safety {
  status: ReadonlyMap<string, ExerciseStatus>
  /**
   * The id to schedule instead of `id` (itself when allowed) and the
   * substitute rules that swapped it, or undefined when it is excluded.
   */
  resolve(id: string): { id: string; why: SnackReason[] } | undefined
}

/**
 * Evaluates exclude/substitute rules once per exercise (profile x exercise
 * granularity). A substituted exercise is replaced by the first easier
 * variation in its chain that no rule stops; without one it is excluded.
 */
export async function evaluateContraindications(
  catalog: Catalog,
  rules: Rulebook,
  profile: FactValues,
): Promise<Safety> {
  const fired = new Map<string, { exclude: string[]; substitute: string[] }>()
  const each = await rules.contraindications.runEach(profile, catalog.exercises.map(exerciseFacts))
  catalog.exercises.forEach((entry, i) => {
    const events = each[i]!
    fired.set(entry.id, {
      exclude: events.filter((e) => e.event.type === 'exclude').map((e) => e.rule),
      substitute: events.filter((e) => e.event.type === 'substitute').map((e) => e.rule),
    })
  })
  const status = new Map<string, ExerciseStatus>()
  const stopped = (id: string) => {
    const f = fired.get(id)!
    return f.exclude.length > 0 || f.substitute.length > 0
  }
  for (const entry of catalog.exercises) {
    const f = fired.get(entry.id)!
    if (f.exclude.length > 0) {
      status.set(entry.id, { state: 'excluded', reasons: [...f.exclude, ...f.substitute] })
    } else if (f.substitute.length > 0) {
      const use = easierAllowed(catalog, entry, stopped)
      status.set(
        entry.id,
        use
          ? { state: 'substituted', use, reasons: f.substitute }
          : { state: 'excluded', reasons: f.substitute },
      )
    } else status.set(entry.id, { state: 'allowed' })
  }
  return {
    status,
    resolve(id) {
      const s = status.get(id)
      if (!s || s.state === 'excluded') return undefined
      if (s.state === 'allowed') return { id, why: [] }
      return {
        id: s.use,
        why: s.reasons.map((rule) => ({ kind: 'substitute', rule, asked: id, chosen: s.use })),
      }
    },
  }
}

function easierAllowed(
  catalog: Catalog,
  entry: ExerciseEntry,
  stopped: (id: string) => boolean,
): string | undefined {
  const seen = new Set<string>([entry.id])
  let next = entry.easier === undefined ? undefined : catalog.get(entry.easier)
  while (next && !seen.has(next.id)) {
    if (!stopped(next.id)) return next.id
    seen.add(next.id)
    next = next.easier === undefined ? undefined : catalog.get(next.easier)
  }
  return undefined
}
