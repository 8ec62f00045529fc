import { type Catalog, defaultCatalog } from '@snackplan/catalog'
import fc from 'fast-check'
import { createPlanner } from '../planner/create'
import { loadRuleSet } from '../rules/check'
import { defaultRules } from '../rules/default'
import type { Profile } from '../types/profile'
import { arbitraryProfile } from './arbitraries'
import { checkInvariants } from './invariants'

/** Options of {@link testRuleSet}. */
export interface TestRuleSetOptions {
  /** Profiles to try. Default 100. */
  runs?: number
  /** fast-check seed; the same seed tries the same profiles. Default 1. */
  seed?: number
  /** Default `defaultCatalog`. */
  catalog?: Catalog
  /** Days per plan, from the profile's programStart. Default 14. */
  days?: number
  /**
   * Rule sets planned underneath the tested one. Default `[defaultRules]`:
   * the set is tested on top of the default program, as `snackplan
   * test-rules` does and as `createPlanner({ rules: [defaultRules, set] })`
   * uses it. Pass `[]` to test a set that is a whole program on its own
   * (the built-in safety rules are always in front).
   */
  base?: readonly unknown[]
  /**
   * Called after each generated profile is planned and checked, with the
   * number done so far and `runs` (a progress bar). Shrinking a failure
   * plans more profiles; `done` stays at most `total` meanwhile.
   */
  onProgress?: (done: number, total: number) => void
}

/** One invariant a rule set broke, on the smallest profile fast-check found. */
export interface RuleSetFailure {
  /** Invariant id, e.g. `contraindicated`, `busy`, `day-seconds`, or `plan-error` when planning threw. */
  invariant: string
  /** What went wrong, one line per violation. */
  messages: string[]
  /** The (shrunk) profile that breaks it. */
  profile: Profile
  /** The plan seed used with it. */
  planSeed: number
  /** Replays the run: `fc.assert(property, { seed, path: counterexamplePath })`. */
  counterexamplePath: string
}

/** Result of {@link testRuleSet}. */
export interface RuleSetReport {
  /**
   * Every invariant held on at least one planned snack. False when an
   * invariant broke (see `failures`) and also when no run planned a single
   * snack (see `nothingChecked`): a verdict over nothing is no verdict.
   */
  ok: boolean
  /**
   * True when no run planned an exercise snack, so the snack invariants
   * (contraindications, doses, effort) were never tested: the set (with its
   * `base`) places no snack for the generated profiles. `ok` is
   * false then, with no `failures`.
   */
  nothingChecked: boolean
  /** Profiles tried. */
  runs: number
  /** The fast-check seed used; pass it again to replay the same profiles. */
  seed: number
  /**
   * Exercise snacks checked over all runs (items of type `snack`); 0 means
   * nothing was checked (`nothingChecked`), even if pauses or sessions were.
   */
  snacks: number
  /** Every planned item checked over all runs: snacks, pauses, active pauses and sessions. */
  items: number
  /** One per broken invariant, all on the same shrunk profile; empty when `ok`. */
  failures: RuleSetFailure[]
}

function violations(error: unknown): string[] {
  if (error instanceof InvariantViolation) return error.violations
  return [`plan-error: ${error instanceof Error ? error.message : String(error)}`]
}

class InvariantViolation extends Error {
  constructor(readonly violations: string[]) {
    super(violations.join('\n'))
  }
}

/**
 * Property-tests a rule set (JSON text or value) against the invariants:
 * plans for random valid profiles (see {@link arbitraryProfile}) are made with
 * the rule set on top of the default program (`options.base`) and the
 * built-in safety rules, and checked with {@link checkInvariants}, including
 * the set's own exclude/substitute rules. A run in which no snack was planned
 * at all is not a pass (`ok: false`, `nothingChecked: true`).
 * Backs `snackplan test-rules FILE [--runs N] [--seed N]`, which gives the
 * same verdict for the same file and seed.
 *
 * @throws SnackplanError when the rule set itself is invalid (codes and paths as `checkRuleSet`).
 */
export async function testRuleSet(
  ruleSet: unknown,
  options: TestRuleSetOptions = {},
): Promise<RuleSetReport> {
  const runs = options.runs ?? 100
  const seed = options.seed ?? 1
  const days = options.days ?? 14
  const catalog = options.catalog ?? defaultCatalog
  const set = loadRuleSet(ruleSet)
  // The built-in program is loaded already; createPlanner checks every set once more.
  const base = options.base === undefined ? [defaultRules] : options.base.map((r) => loadRuleSet(r))
  const planner = createPlanner({ catalog, rules: [...base, set] })
  let snacks = 0
  let items = 0
  let calls = 0
  const property = fc.asyncProperty(
    arbitraryProfile({ catalog }),
    fc.integer({ min: 1, max: 1_000_000 }),
    async (profile, planSeed) => {
      let found: string[]
      try {
        const plan = await planner.plan({ profile, days, seed: planSeed })
        for (const day of plan.days) {
          items += day.snacks.length
          snacks += day.snacks.filter((s) => (s.type ?? 'snack') === 'snack').length
        }
        found = checkInvariants(plan, {
          profile,
          catalog,
          request: { days },
          rules: [...base, set],
        })
      } catch (error) {
        found = violations(error)
      }
      calls++
      options.onProgress?.(Math.min(calls, runs), runs)
      if (found.length > 0) throw new InvariantViolation(found)
    },
  )
  const details = await fc.check(property, { numRuns: runs, seed })
  if (!details.failed || details.counterexample === null) {
    const nothingChecked = !details.failed && snacks === 0
    return {
      ok: !details.failed && !nothingChecked,
      nothingChecked,
      runs: details.numRuns,
      seed,
      snacks,
      items,
      failures: [],
    }
  }
  const [profile, planSeed] = details.counterexample
  const byInvariant = new Map<string, string[]>()
  const error = (details as { errorInstance?: unknown }).errorInstance
  for (const line of violations(error)) {
    const id = line.slice(0, line.indexOf(':'))
    byInvariant.set(id, [...(byInvariant.get(id) ?? []), line])
  }
  return {
    ok: false,
    nothingChecked: false,
    runs: details.numRuns,
    seed,
    snacks,
    items,
    failures: [...byInvariant].map(([invariant, messages]) => ({
      invariant,
      messages,
      profile,
      planSeed,
      counterexamplePath: details.counterexamplePath ?? '',
    })),
  }
}
