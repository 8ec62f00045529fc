import type { DoseUnit } from '@snackplan/catalog'
import type { Messages } from './messages'

/** How one round is dosed: the entry's unit, whether per side, and the amount. */
export interface DoseParts {
  unit: DoseUnit
  perSide: boolean
  amount: number
}

/** One round, e.g. `45 s`, `10 rep per sida`, `30 s hold`. */
export function formatWork(dose: DoseParts, m: Messages): string {
  const base =
    dose.unit === 'reps'
      ? `${dose.amount} ${m.reps}`
      : dose.unit === 'hold-seconds'
        ? `${dose.amount} s ${m.hold}`
        : `${dose.amount} s`
  return dose.perSide ? `${base} ${m.perSide}` : base
}

/** The title's dose: one round as {@link formatWork}, or `2 × 30 s` for several. */
export function formatDose(dose: DoseParts, rounds: number, m: Messages): string {
  const work = formatWork(dose, m)
  return rounds > 1 ? `${rounds} × ${work}` : work
}

/** `45 s`, `2 min`, `1 min 15 s`: the same in en, sv and da. */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds)
  const min = Math.floor(s / 60)
  const rest = s % 60
  if (min === 0) return `${rest} s`
  return rest === 0 ? `${min} min` : `${min} min ${rest} s`
}
