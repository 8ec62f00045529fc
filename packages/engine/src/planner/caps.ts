import type { ExerciseEntry } from '@snackplan/catalog'
import type { Fired } from '../evaluate/engine'
import type { RuleEvent } from '../rules/types'
import type { SnackNote, SnackReason } from '../types/plan'
import { secondsPerUnit } from './choose'
import { REP_SECONDS } from './settings'

type CapEvent = Extract<RuleEvent, { type: 'cap-effort' }>

/** A snack's effort and dose after every cap-effort rule that fired for it. */
export interface Capped {
  effort: number
  dose: number
  durationSec: number
  /** Each rule that changed the snack or attached a note. */
  why: SnackReason[]
  notes: SnackNote[]
}

/**
 * Applies the caps that fired for one snack: the lowest effort cap, the
 * shortest hold (for exercises dosed in hold-seconds) and every note. Caps
 * only ever lower; `undefined` when the entry cannot be held as briefly as a
 * cap asks, so the snack is better left out.
 */
export function applyCaps(
  entry: ExerciseEntry,
  planned: { effort: number; dose: number },
  fired: readonly Fired<CapEvent>[],
): Capped | undefined {
  const holds = entry.dose.unit === 'hold-seconds'
  const binding = fired.filter(
    (c) =>
      c.event.params.max < planned.effort ||
      (holds && (c.event.params.maxHoldSec ?? Number.POSITIVE_INFINITY) < planned.dose) ||
      c.event.params.note !== undefined,
  )
  const effort = Math.min(planned.effort, ...fired.map((c) => c.event.params.max))
  const maxHold = holds
    ? Math.min(...fired.map((c) => c.event.params.maxHoldSec ?? Number.POSITIVE_INFINITY))
    : Number.POSITIVE_INFINITY
  const dose = Math.min(planned.dose, maxHold)
  if (dose < entry.dose.min) return undefined
  return {
    effort,
    dose,
    durationSec: dose * secondsPerUnit(entry, REP_SECONDS),
    why: binding.map((c) => ({ kind: 'cap', rule: c.rule })),
    notes: fired.flatMap((c) =>
      c.event.params.note ? [{ rule: c.rule, text: { ...c.event.params.note } }] : [],
    ),
  }
}
