import type { SnackplanIssue } from '@snackplan/catalog'
import type { RuleSetFailure } from '@snackplan/engine/testing'

/** Asks the worker to property-test a rule set. */
export interface TestRequest {
  /** The rule set's JSON text. */
  rules: string
  /** Profiles to try in all. */
  runs: number
  /** fast-check seed; the same seed and runs replay in `snackplan test-rules`. */
  seed: number
  /** Test the set on top of the default program (a custom set), or alone (the default program itself). */
  onDefault: boolean
}

/** What the worker reports back. */
export type TestMessage =
  | {
      /** Another profile was planned and checked. */
      type: 'progress'
      /** Profiles tried so far. */
      done: number
      /** Profiles to try in all. */
      total: number
    }
  | {
      /** The run ended: passed, failed (`failures` not empty) or checked nothing. */
      type: 'done'
      /** Profiles tried. */
      runs: number
      /** Snacks checked. */
      snacks: number
      /** No profile got an exercise snack, so the snack invariants were never checked. */
      nothingChecked: boolean
      /** The broken invariants, each on the shrunk profile. */
      failures: RuleSetFailure[]
    }
  | {
      /** The rule set is invalid (or testing threw). */
      type: 'error'
      /** Problems, with codes and paths when the set was invalid. */
      errors: SnackplanIssue[]
    }
