import type { Catalog } from '@snackplan/catalog'
import type { FactType } from '../facts/registry'
import type { Plan } from '../types/plan'
import type { BusyBlock, Profile } from '../types/profile'

/** What `planner.plan()` is asked for. */
export interface PlanRequest {
  /** Who to plan for; checked like {@link checkProfile} does. */
  profile: Profile
  /** First day, `YYYY-MM-DD`, local to the profile's zone. Default: `profile.programStart`. */
  from?: string
  /** Number of days (1-366). Give `days` or `to`; default 7. */
  days?: number
  /** Last day, inclusive. */
  to?: string
  /** Seed for the PRNG that picks exercises. Same seed, same plan. Default 1. */
  seed?: number
}

/** The context hooks receive. */
export interface PlanContext {
  /** The request being planned, after every `beforePlan` so far. */
  readonly request: Readonly<PlanRequest>
  /** The planner's catalog. */
  readonly catalog: Catalog
}

/** A fact value as rules see it. */
export type FactValue = string | number | boolean | readonly string[]

/**
 * A fact a plugin adds to the registry. Its name must be
 * `plugin.<plugin name>.<fact>`; rules use it like a built-in fact of the
 * same scope (profile facts in every kind of rule, day facts in
 * progression, trigger, bounds and cap rules).
 */
export interface PluginFact {
  /** The value type; decides which operators and values rules may use. */
  type: FactType
  /** Whether the value depends on the profile alone or on the day too. */
  scope: 'profile' | 'day'
  /** Allowed values for string and string[] facts, checked in rules. */
  values?: readonly string[]
  /** For people who write rules. */
  description: string
  /** The value for a profile (and a local date, for day facts). Must be deterministic. */
  value: (input: { profile: Profile; date?: string }) => FactValue
}

/**
 * A snackplan plugin: a plain object with a `name` and optional parts.
 *
 * @remarks Hook order, pinned by a test: every plugin's `beforePlan` in the
 * order the plugins were given, then `busy` blocks are collected, then rules
 * are evaluated and the plan is made, then every plugin's `afterPlan` in the
 * same order, each one receiving the previous one's result.
 */
export interface SnackplanPlugin {
  /** Shown in errors as `[snackplan] [name] ...`. */
  name: string
  /** Extra rule-set documents, appended after the caller's rules. */
  rules?: unknown[]
  /** Extra facts, keyed `plugin.<name>.<fact>`, for this plugin's and the caller's rules. */
  facts?: Record<string, PluginFact>
  /** Extra busy blocks for a request (e.g. from the user's own calendar). */
  busy?: (request: Readonly<PlanRequest>) => BusyBlock[] | Promise<BusyBlock[]>
  /** May return a changed request (e.g. to widen the window). */
  beforePlan?: (
    request: Readonly<PlanRequest>,
    context: PlanContext,
  ) => PlanRequest | undefined | Promise<PlanRequest | undefined>
  /** May return a changed plan; must keep the safety invariants. */
  afterPlan?: (plan: Plan, context: PlanContext) => Plan | undefined | Promise<Plan | undefined>
  /**
   * A string that changes whenever this plugin's part of a plan for `request`
   * could change: its version and options, and the data its `busy`,
   * `beforePlan`, `afterPlan` and `facts` read (e.g. a hash or ETag of the
   * calendar it imports). `planner.fingerprint()` combines it, so feeds can
   * answer 304 and serve cached bodies without planning. A plugin with any
   * of those hooks but no `fingerprint`, or one that returns `undefined`,
   * makes the planner's fingerprint `undefined`: feeds then plan every
   * request. Plugins with only `rules` and `exporters` need none.
   */
  fingerprint?: (request: Readonly<PlanRequest>) => string | undefined | Promise<string | undefined>
  /** Output formats this plugin writes, by format name (`ics`, `jcal`, ...); see `planner.export`. */
  exporters?: Record<string, PlanExporter>
}

/**
 * Turns a plan into a file's text. `context.catalog` is the planner's catalog,
 * so exporters can look exercise texts up without being told.
 */
export type PlanExporter = (
  plan: Plan,
  context: { catalog: Catalog; options: Readonly<Record<string, unknown>> },
) => string
