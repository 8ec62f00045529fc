import type { SnackplanIssue } from '@snackplan/catalog'
import type { RuleSetFailure } from '@snackplan/engine/testing'

/** Profiles tried per `testRuleSet` call; progress moves by one batch. */
export const BATCH_RUNS = 10

/** Asks the worker to property-test a rule set. */
export interface TestRequest {
  /** The rule set's JSON text. */
  rules: string
  /** Profiles to try in all. */
  runs: number
  /** fast-check seed of the first batch; batch `b` uses `seed + b`. */
  seed: number
  /** Test the set on top of the default program (a custom set), or alone (the default program itself). */
  onDefault: boolean
}

/** What the worker reports back. */
export type TestMessage =
  | {
      /** Another batch finished. */
      type: 'progress'
      /** Profiles tried so far. */
      done: number
      /** Profiles to try in all. */
      total: number
      /** Snacks checked so far. */
      snacks: number
    }
  | {
      /** Every batch passed, or one failed (then `failures` is not empty). */
      type: 'done'
      /** Profiles tried. */
      runs: number
      /** Snacks checked. */
      snacks: number
      /** The failures of the failing batch, each on its shrunk profile. */
      failures: RuleSetFailure[]
      /** Seed and runs that replay the failing batch with `snackplan test-rules`. */
      replay?: { seed: number; runs: number }
    }
  | {
      /** The rule set is invalid (or testing threw). */
      type: 'error'
      /** Problems, with codes and paths when the set was invalid. */
      errors: SnackplanIssue[]
    }
