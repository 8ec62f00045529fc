import { Engine, type RuleProperties } from 'json-rules-engine'
import type { Rule, RuleEvent } from '../rules/types'

/** A fired rule: its id, priority, position in the rule list, and event. */
export interface Fired<E extends RuleEvent = RuleEvent> {
  rule: string
  priority: number
  order: number
  event: E
}

// Rules never carry a JSONPath `path` (the schema forbids it); should one get
// through, refuse to resolve it instead of evaluating an expression.
const refusePaths = (): never => {
  throw new Error('[snackplan] [engine] fact paths are not supported')
}

/**
 * A compiled group of rules of one granularity. Wraps json-rules-engine with
 * undefined facts disallowed and no path evaluation, and returns the fired
 * events in a deterministic order (priority high to low, then rule order).
 */
export class RuleGroup<E extends RuleEvent = RuleEvent> {
  readonly size: number
  readonly #rules: readonly Rule[]
  #engine: Engine
  readonly #order = new Map<string, number>()
  /** The run in progress (or the last one): the next run starts when it settles. */
  #turn: Promise<unknown> = Promise.resolve()

  constructor(rules: readonly Rule[]) {
    this.size = rules.length
    this.#rules = rules
    rules.forEach((rule, i) => {
      this.#order.set(rule.name, i)
    })
    this.#engine = this.#compile()
  }

  #compile(): Engine {
    const engine = new Engine([], {
      allowUndefinedFacts: false,
      allowUndefinedConditions: false,
      replaceFactsInEventParams: false,
      pathResolver: refusePaths,
    })
    for (const rule of this.#rules) {
      engine.addRule({ ...rule, priority: rule.priority ?? 1 } as unknown as RuleProperties)
    }
    return engine
  }

  /**
   * Runs every rule once against `facts` (fact name -> value). Runs that
   * overlap (plans made at the same time) take turns: json-rules-engine keeps
   * one status per Engine, and a run that finishes marks it finished, so a
   * run still in progress would skip its remaining priority levels and lose
   * their events without an error. A run that fails rejects at once while
   * its remaining levels still go on and mark the Engine finished at their
   * end, so the group goes on with a new Engine.
   */
  async run(facts: Readonly<Record<string, unknown>>): Promise<Fired<E>[]> {
    if (this.size === 0) return []
    const input = { ...facts }
    // Only this run uses the Engine until it settles, so it may replace it.
    const run = this.#turn.then(() =>
      this.#engine.run(input).catch((error: unknown) => {
        this.#engine = this.#compile()
        throw error
      }),
    )
    this.#turn = run.catch(() => undefined)
    const { results } = await run
    return results
      .map((r) => ({
        rule: r.name as string,
        priority: r.priority ?? 1,
        order: this.#order.get(r.name as string) ?? 0,
        event: r.event as unknown as E,
      }))
      .sort((a, b) => b.priority - a.priority || a.order - b.order)
  }
}
