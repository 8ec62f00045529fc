import {
  addDays,
  createPlanner,
  defaultRules,
  type Plan,
  type Planner,
  type Profile,
  type RuleSet,
} from '@snackplan/engine'
import { PROGRAM_WEEKS } from './state'

/** Days shown at once: one program week. */
export const WEEK_DAYS = 7

/** The plan seed, the CLI's default, so the page and `snackplan plan` agree. */
export const PLAN_SEED = 1

// A planner compiles its rules once; keep the last one for the rules in use.
let cached: { key: RuleSet | null; planner: Planner } | undefined

/**
 * A planner for the default program, with `custom` on top of it as
 * `snackplan plan --rules FILE` does, or the default program alone.
 *
 * @throws SnackplanError when the sets cannot be combined (e.g. a rule name clash).
 */
export function plannerFor(custom: RuleSet | null): Planner {
  if (cached?.key !== custom) {
    const rules = custom ? [defaultRules, custom] : defaultRules
    cached = { key: custom, planner: createPlanner({ rules }) }
  }
  return cached.planner
}

/** The first day of program week `week` (0 = `programStart`). */
export function weekStart(profile: Profile, week: number): string {
  return addDays(profile.programStart, WEEK_DAYS * week)
}

/** The days the previous/next buttons cover, for imports of busy time. */
export function programWindow(profile: Profile): { from: string; to: string } {
  return {
    from: profile.programStart,
    to: addDays(profile.programStart, WEEK_DAYS * PROGRAM_WEEKS - 1),
  }
}

/** Plans program week `week` for the profile. Same inputs, same plan, as in Node. */
export function planWeek(planner: Planner, profile: Profile, week: number): Promise<Plan> {
  return planner.plan({ profile, from: weekStart(profile, week), days: WEEK_DAYS, seed: PLAN_SEED })
}
