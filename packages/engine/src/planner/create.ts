import { type Catalog, defaultCatalog, SnackplanError } from '@snackplan/catalog'
import { Lru, type RuleCacheStats } from '../evaluate/lru'
import type { RuleMemory } from '../evaluate/remember'
import { profileFacts } from '../facts/compute'
import { collectPluginFacts, pluginFactValues } from '../plugins/facts'
import type { PlanContext, PlanExporter, PlanRequest, SnackplanPlugin } from '../plugins/types'
import { busySpan } from '../profile/busy'
import { checkRuleSet } from '../rules/check'
import { defaultRules } from '../rules/default'
import type { RuleSet, RuleSetInput } from '../rules/types'
import { addDays, daysBetween, isValidTimeZone } from '../time'
import type { Advisory, Plan } from '../types/plan'
import { pluginBusy } from './busy'
import { rememberEligible } from './choose'
import { evaluateContraindications } from './contraindications'
import { planDay, type WeekState } from './day'
import { createFingerprint } from './fingerprint'
import { checkPlannerOptions } from './options'
import { validateRequest } from './request'
import { compileRulebook, safetyRules } from './rulebook'
import { namedTitles } from './titles'

/** Options of {@link createPlanner}. */
export interface PlannerOptions {
  /** Default: the built-in catalog. */
  catalog?: Catalog
  /**
   * One rule set or several: sets (`defaultRules`, `loadRuleSet`'s,
   * `defineRuleSet`'s) or JSON text. Default: `defaultRules`.
   */
  rules?: RuleSetInput | readonly RuleSetInput[]
  /** Plugins, in the order their hooks run. Default: none. */
  plugins?: readonly SnackplanPlugin[]
  /**
   * Keep the built-in safety rules (contraindications and limits) in front
   * of custom rules. Default true; turning it off is a decision for code,
   * never for a rule file.
   */
  builtinSafety?: boolean
  /**
   * Minutes kept free for each snack (default 5): calendars show a snack as
   * an event at least this long (`toCalendarEvents`' `minDurationMin`), so
   * that event must not run into a busy block or past bedtime either.
   */
  slotMinutes?: number
  /**
   * Most rule results the planner remembers (default 10,000; 0 turns the
   * memory off). Rules read only their declared facts, so a planner
   * remembers what json-rules-engine answered by the values of exactly the
   * facts each rule (and each group of rules of one kind) reads, and
   * answers the same question again without evaluating: across days,
   * plans and profiles. Least recently used entries go first; plans are
   * byte-identical with the memory on or off. See {@link Planner.ruleCacheStats}.
   */
  ruleCacheSize?: number
}

/** A planner: rules compiled once, plans made on demand. */
export interface Planner {
  /** The catalog plans are made from. */
  readonly catalog: Catalog
  /**
   * Makes a plan. Same inputs and seed, byte-identical plan, also when
   * other plans are being made on this planner at the same time (a feed
   * server answering several requests): share one planner.
   */
  plan(request: PlanRequest): Promise<Plan>
  /**
   * A hash (64 hex digits) of everything `plan(request)` depends on: the
   * request (profile, days, seed), the catalog, the rule sets, the options,
   * the engine's version and each plugin's own `fingerprint`. Equal
   * fingerprints mean byte-identical plans, so callers can validate or
   * cache without planning. `undefined` when it cannot be known before
   * planning: a plugin with `busy`, `beforePlan`, `afterPlan` or `facts`
   * but no `fingerprint`, or a request that does not validate.
   */
  fingerprint(request: PlanRequest): Promise<string | undefined>
  /**
   * Does now the one-time work that would otherwise fall on the first
   * `fingerprint` and the first plan: hashes the planner's own part of the
   * fingerprint (its catalog and rule sets) and loads the runtime's
   * time-zone data. Plans and fingerprints are the same with or without it.
   * Worth calling at start-up where a request's CPU time is billed or
   * limited: in a Cloudflare Workers isolate's global scope, a fresh
   * isolate's first conditional feed request then costs a few
   * milliseconds instead of tens. `createFeedHandler` calls it.
   */
  prepare(): void
  /** The formats the plugins can export to, e.g. `['ics', 'jcal']`. */
  readonly formats: readonly string[]
  /**
   * Writes a plan with the plugin exporter for `format`.
   *
   * @throws SnackplanError `planner/unknown-format` when no plugin exports it.
   */
  export(format: string, plan: Plan, options?: Readonly<Record<string, unknown>> | null): string
  /** Counters of the rule-result memory (`ruleCacheSize`): hits, misses, evictions, size. */
  ruleCacheStats(): RuleCacheStats
}

const RECENT_DAYS = 3
const DEFAULT_RULE_CACHE_SIZE = 10_000

/**
 * Creates a planner over a catalog and rule sets. Rule sets are validated
 * here (errors with the set's JSON pointer paths) and compiled into
 * json-rules-engine groups, one per granularity.
 *
 * @remarks Hook order (pinned by a test): each plugin's `beforePlan` in the
 * order given; then profile busy blocks plus each plugin's `busy`; then the
 * rules (advisories, contraindications, and per day progression, triggers,
 * bounds, caps); then each plugin's `afterPlan` in the order given.
 */
export function createPlanner(options: PlannerOptions = {}): Planner {
  const catalog = options.catalog ?? defaultCatalog
  checkPlannerOptions(options)
  const plugins = options.plugins ?? []
  const given =
    options.rules === undefined
      ? [defaultRules]
      : Array.isArray(options.rules)
        ? options.rules
        : [options.rules]
  const pluginSets = plugins.flatMap((p) => (p.rules ?? []).map((r) => ({ r, source: p.name })))
  const pluginFacts = collectPluginFacts(plugins)
  const sets: RuleSet[] = []
  if (options.builtinSafety !== false) sets.push(safetyRules(defaultRules))
  for (const { r, source } of [...given.map((r) => ({ r, source: 'rules' })), ...pluginSets]) {
    const checked = checkRuleSet(r, { extraFacts: pluginFacts })
    if (!checked.ok) throw new SnackplanError(checked.errors, source)
    sets.push(checked.value)
  }
  const memory: RuleMemory = {
    entries: new Lru(options.ruleCacheSize ?? DEFAULT_RULE_CACHE_SIZE),
    hits: 0,
    misses: 0,
  }
  const rules = compileRulebook(sets, catalog, memory)
  const slotMinutes = options.slotMinutes ?? 5

  async function plan(input: PlanRequest): Promise<Plan> {
    let request = input
    const context = (): PlanContext => ({ request, catalog })
    for (const p of plugins) request = (await p.beforePlan?.(request, context())) ?? request
    const { profile, dates, seed } = validateRequest(request)
    const intervals = (profile.busy ?? []).map((b, i) => {
      const { start, end } = busySpan(b.start, b.end, profile.timeZone, `/busy/${i}`)
      return { start, end }
    })
    for (const [i, p] of plugins.entries()) {
      if (p.busy) intervals.push(...pluginBusy(await p.busy(request), p.name, i, profile.timeZone))
    }

    const pFacts = {
      ...profileFacts(profile),
      ...pluginFactValues(pluginFacts, 'profile', profile),
    }
    const extraDayFacts = (date: string) => pluginFactValues(pluginFacts, 'day', profile, date)
    const advisories: Advisory[] = (await rules.advisories.run(pFacts)).map((f) => ({
      id: f.rule,
      ...(f.event.params.condition ? { condition: f.event.params.condition } : {}),
      text: { ...f.event.params.text },
    }))
    const safety = await evaluateContraindications(catalog, rules, pFacts)
    // Variety looks back over the days of the same program week only, and a
    // plan always starts at that week's first day internally: so a date gets
    // the same snacks whatever window it is asked in (feeds roll daily).
    const first = dates[0]!
    const lead = ((daysBetween(profile.programStart, first) % 7) + 7) % 7
    // Slots ask alike many times over a plan: their eligible entries are worked out once.
    const eligible = rememberEligible(catalog, safety, profile)
    const history: string[][] = []
    const week: WeekState = { sessions: new Map() }
    const days = []
    for (let i = -lead; i < dates.length; i++) {
      const date = addDays(first, i)
      if (((daysBetween(profile.programStart, date) % 7) + 7) % 7 === 0) {
        history.length = 0
        week.sessions.clear()
      }
      const recentUse = new Map<string, number>()
      for (const ids of history.slice(-RECENT_DAYS))
        for (const id of ids) recentUse.set(id, (recentUse.get(id) ?? 0) + 1)
      const day = await planDay(
        {
          profile,
          catalog,
          rules,
          safety,
          profileFacts: pFacts,
          extraDayFacts,
          busy: intervals,
          seed,
          recentUse,
          slotMinutes,
          week,
          eligible,
        },
        date,
      )
      history.push(day.snacks.map((s) => s.exerciseId))
      if (i >= 0) days.push(day)
    }
    const excluded = [...safety.status.entries()]
      .filter(([, s]) => s.state !== 'allowed')
      .map(([exerciseId, s]) => ({
        exerciseId,
        reasons: s.state === 'allowed' ? [] : [...s.reasons],
      }))
      .sort((a, b) => (a.exerciseId < b.exerciseId ? -1 : 1))
    let result: Plan = {
      profileId: profile.id,
      timeZone: profile.timeZone,
      from: dates[0]!,
      to: dates[dates.length - 1]!,
      rules: { id: rules.id, version: rules.version },
      days,
      excluded,
      advisories,
      titles: namedTitles(rules.titles, days, excluded, advisories),
    }
    for (const p of plugins) result = (await p.afterPlan?.(result, context())) ?? result
    return result
  }

  const exporters = new Map<string, PlanExporter>()
  for (const p of plugins) {
    for (const [format, exporter] of Object.entries(p.exporters ?? {})) {
      // The first plugin to name a format owns it, as with hook order.
      if (!exporters.has(format)) exporters.set(format, exporter)
    }
  }

  function exportPlan(
    format: string,
    plan: Plan,
    options?: Readonly<Record<string, unknown>> | null,
  ): string {
    const exporter = exporters.get(format)
    if (!exporter) {
      const known = [...exporters.keys()]
      throw new SnackplanError(
        [
          {
            code: 'planner/unknown-format',
            path: '/format',
            message: `no plugin exports "${format}"${known.length > 0 ? `; known: ${known.join(', ')}` : ' (add e.g. icsPlugin())'}`,
          },
        ],
        'engine',
      )
    }
    const text: unknown = exporter(plan, { catalog, options: options ?? {} })
    if (typeof text !== 'string') {
      throw new SnackplanError(
        [
          {
            code: 'planner/export-result',
            path: '/format',
            message: `the "${format}" exporter returned ${typeof text}, not text`,
          },
        ],
        'engine',
      )
    }
    return text
  }

  const fingerprinter = createFingerprint({ catalog, sets, plugins, slotMinutes })

  function prepare(): void {
    fingerprinter.prepare()
    // The runtime's first time-zone formatter loads its zone data (about
    // 25 ms of CPU in Node); later zones cost a fraction of a millisecond.
    isValidTimeZone('UTC')
  }

  const ruleCacheStats = (): RuleCacheStats => ({
    hits: memory.hits,
    misses: memory.misses,
    evictions: memory.entries.evictions,
    size: memory.entries.size,
    maxSize: memory.entries.maxSize,
  })

  return {
    catalog,
    plan,
    fingerprint: fingerprinter.fingerprint,
    prepare,
    formats: [...exporters.keys()],
    export: exportPlan,
    ruleCacheStats,
  }
}
