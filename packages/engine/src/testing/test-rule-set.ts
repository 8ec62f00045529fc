import { type Catalog, defaultCatalog } from '@snackplan/catalog'
import fc from 'fast-check'
import { createPlanner } from '../planner/create'
import { loadRuleSet } from '../rules/check'
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
   * Rule sets planned underneath the tested one, for sets that only add to
   * a program (e.g. `[defaultRules]`). Default none: the set is tested the
   * way `createPlanner({ rules: set })` uses it, built-in safety included.
   */
  base?: readonly unknown[]
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
  /** No generated profile broke an invariant. */
  ok: boolean
  /** Profiles tried. */
  runs: number
  /** The fast-check seed used; pass it again to replay the same profiles. */
  seed: number
  /** Snacks checked over all runs; 0 means the set placed nothing, so nothing was proven. */
  snacks: number
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
 * the rule set on top of the built-in safety rules and checked with
 * {@link checkInvariants}, including the set's own exclude/substitute rules.
 * Backs `snackplan test-rules FILE [--runs N] [--seed N]`.
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
  const base = (options.base ?? []).map((r) => loadRuleSet(r))
  const planner = createPlanner({ catalog, rules: [...base, set] })
  let snacks = 0
  const property = fc.asyncProperty(
    arbitraryProfile({ catalog }),
    fc.integer({ min: 1, max: 1_000_000 }),
    async (profile, planSeed) => {
      let found: string[]
      try {
        const plan = await planner.plan({ profile, days, seed: planSeed })
        snacks += plan.days.reduce((n, d) => n + d.snacks.length, 0)
        found = checkInvariants(plan, {
          profile,
          catalog,
          request: { days },
          rules: [...base, set],
        })
      } catch (error) {
        found = violations(error)
      }
      if (found.length > 0) throw new InvariantViolation(found)
    },
  )
  const details = await fc.check(property, { numRuns: runs, seed })
  if (!details.failed || details.counterexample === null) {
    return { ok: !details.failed, runs: details.numRuns, seed, snacks, failures: [] }
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
    runs: details.numRuns,
    seed,
    snacks,
    failures: [...byInvariant].map(([invariant, messages]) => ({
      invariant,
      messages,
      profile,
      planSeed,
      counterexamplePath: details.counterexamplePath ?? '',
    })),
  }
}
