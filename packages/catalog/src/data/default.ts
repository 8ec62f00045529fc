import type { CatalogDocument, ExerciseEntry } from '../types'
import breathing from './breathing.json'
import cardio from './cardio.json'
import isometric from './isometric.json'
import mobility from './mobility.json'
import strength from './strength.json'

/**
 * TypeScript widens string literals read from JSON (`"kind": "cardio"` becomes
 * `string`), so the files cannot be checked against {@link ExerciseEntry} at
 * compile time. The cast is safe because `test/data/default-catalog.test.ts`
 * runs every entry through the precompiled schema validator.
 */
const entries = (list: readonly object[]): ExerciseEntry[] => list as ExerciseEntry[]

/**
 * The built-in exercise catalog as a plain, unvalidated JSON document: exercise
 * snacks (20-90 s), isometric holds (10-30 s), mobility and breathing pauses
 * from the seed guides, with names, cues and safety notes in en, sv and da.
 *
 * @remarks
 * Entries are facts, not decisions: which exercise is unsafe for whom is left
 * to rules. `loads` lists every body region an exercise puts meaningful load
 * on (weight on the hands counts as `wrist`, kneeling as `knee`) so that
 * injury rules err on the safe side. `equipment` names only what a person must
 * own or reach: a wall, a floor and, for seated moves, any seat are assumed;
 * `chair` means a stable chair to stand up from or squat to. Easier/harder
 * links form simple chains (each entry has at most one of each, and they
 * mirror each other), so walking `easier` never loops and never raises impact.
 */
export const defaultCatalogDocument: CatalogDocument = {
  id: 'snackplan-default',
  version: '1.0.0',
  exercises: [
    ...entries(cardio),
    ...entries(strength),
    ...entries(isometric),
    ...entries(mobility),
    ...entries(breathing),
  ],
}
