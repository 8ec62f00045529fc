import type { Setting } from '@snackplan/catalog'
import type { Focus } from '../types/plan'
import type { DayType } from '../types/profile'

/** The catalog setting that fits each day type (rest days get no snacks). */
export const SETTING_FOR_DAY: Record<Exclude<DayType, 'rest'>, Setting> = {
  office: 'office',
  home: 'home',
  travel: 'travel',
  outdoor: 'outdoor',
}

/** Which exercise kinds serve a focus. */
export const KINDS_FOR_FOCUS: Record<Focus, readonly string[]> = {
  cardio: ['cardio'],
  strength: ['strength', 'isometric'],
  mobility: ['mobility', 'breathing'],
}

/** The focus an exercise kind serves. */
export function focusOfKind(kind: string): Focus {
  if (kind === 'cardio') return 'cardio'
  if (kind === 'strength' || kind === 'isometric') return 'strength'
  return 'mobility'
}

/** Seconds one repetition is taken to last, for catalogs that dose in reps. */
export const REP_SECONDS = 3
