import type { ExerciseEntry } from '@snackplan/catalog'
import { secondsPerUnit, wholeUnits } from './choose'
import { REP_SECONDS } from './settings'

/** A dose in the entry's unit and the work seconds per round it takes. */
export interface Dose {
  dose: number
  durationSec: number
}

/**
 * Fits a dose into the entry's own range, the safety bounds and the day's
 * targets (targets give way first), as close to `preferredSec` (or the
 * entry's default) as they allow.
 */
export function fitDose(
  entry: ExerciseEntry,
  target: { min: number; max: number },
  limit: { min: number; max: number },
  preferredSec?: number,
): Dose {
  const k = secondsPerUnit(entry, REP_SECONDS)
  const safeLo = Math.max(entry.dose.min * k, limit.min)
  const safeHi = Math.min(entry.dose.max * k, limit.max)
  let lo = Math.max(safeLo, target.min)
  let hi = Math.min(safeHi, target.max)
  if (lo > hi) [lo, hi] = [safeLo, safeHi]
  const wanted = Math.min(hi, Math.max(lo, preferredSec ?? entry.dose.default * k))
  // Round doses people can count: whole units, multiples of 5 s per side when they fit.
  const round5 = Math.round(wanted / k / 5) * 5
  const units =
    round5 * k >= lo && round5 * k <= hi
      ? round5
      : Math.min(Math.floor(hi / k), Math.max(Math.ceil(lo / k), Math.round(wanted / k)))
  // A target range may hold no whole unit (20 s at 3 s a repetition); the
  // rounding above then may step outside it, but never outside the safe range.
  const safe = wholeUnits(entry, limit)
  const dose = Math.min(safe.hi, Math.max(safe.lo, units))
  return { dose, durationSec: dose * k }
}
