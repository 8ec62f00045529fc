import { deepFreeze } from '@snackplan/catalog'
import type { Rule, RuleEvent } from '../rules/types'
import { forEachLeaf } from '../rules/walk'
import { type Classify, classifier } from './classify'
import { type Fired, RuleGroup } from './engine'
import type { Lru } from './lru'

/** What a planner's rule groups remember, and the counters the bench reads. */
export interface RuleMemory {
  /** Group results and single rules' results, by the classes of the facts they read. */
  entries: Lru<MemoryEntry>
  hits: number
  misses: number
}

/** A group's fired list, or one rule's fired result (`false`: it did not fire). */
type MemoryEntry = readonly Fired[] | Fired | false

/** How one rule or group reads its facts: each fact with the classifier of its tests. */
interface Reader {
  /** Where its entries live in the shared memory: a group label or a rule name. */
  prefix: string
  facts: { name: string; classify: Classify }[]
}

// A group's own entries are worth keeping when its rules together can tell
// few fact combinations apart (the day's rules); otherwise (the
// contraindications, which test every condition, injury and body region)
// nearly every profile is a new combination, and only the single rules,
// each of which reads a condition or two, are remembered.
const GROUP_CLASSES_MAX = 4096

/** The leaves of some rules by the fact they test, facts in first-seen order. */
function leavesByFact(rules: readonly Rule[]) {
  const byFact = new Map<string, Parameters<typeof classifier>[0][number][]>()
  for (const rule of rules) {
    forEachLeaf(rule.conditions, '', (leaf) => {
      const list = byFact.get(leaf.fact) ?? []
      list.push(leaf)
      byFact.set(leaf.fact, list)
    })
  }
  return byFact
}

/** A reader for `rules` together, or undefined when a fact's tests cannot be classified. */
function readerOf(prefix: string, rules: readonly Rule[]): Reader | undefined {
  const facts: Reader['facts'] = []
  for (const [name, leaves] of leavesByFact(rules)) {
    const classify = classifier(leaves)
    if (!classify) return undefined
    facts.push({ name, classify })
  }
  return { prefix, facts }
}

/** How many fact combinations a group's reader tells apart, at most (capped at the limit + 1). */
function classCount(rules: readonly Rule[]): number {
  let count = 1
  for (const leaves of leavesByFact(rules).values()) {
    const tested = new Set(
      leaves.flatMap((l) => (Array.isArray(l.value) ? (l.value as unknown[]) : [l.value])),
    ).size
    const membership = leaves.every(
      (l) => l.operator === 'contains' || l.operator === 'doesNotContain',
    )
    count *= membership ? 2 ** Math.min(tested, 13) + 1 : 2 * tested + 1
    if (count > GROUP_CLASSES_MAX) return GROUP_CLASSES_MAX + 1
  }
  return count
}

/** The memory key of `reader` for these facts, or undefined when a value cannot be classified. */
function keyOf(reader: Reader, facts: Readonly<Record<string, unknown>>): string | undefined {
  let key = reader.prefix
  for (const { name, classify } of reader.facts) {
    const value = facts[name]
    // Absent facts, functions (json-rules-engine would call them) and other
    // objects are left to json-rules-engine, which reports or reads them.
    if (
      value === undefined ||
      typeof value === 'function' ||
      (typeof value === 'object' && !Array.isArray(value))
    )
      return undefined
    const c = classify(value)
    if (c === undefined) return undefined
    key += `|${c}`
  }
  return key
}

/**
 * A rule group that remembers what json-rules-engine answered, by the
 * classes of exactly the facts its rules read: the group's whole fired list
 * where its rules tell few combinations apart, and each rule's own result,
 * so that a new combination of facts the group has seen rule by rule is
 * answered without evaluating. Every remembered answer is one
 * json-rules-engine gave; anything the classes do not cover (an absent
 * fact, a value of an unexpected type, a test whose operator or value they
 * do not know) is evaluated as it comes, without the memory.
 */
export class RememberingGroup<E extends RuleEvent = RuleEvent> {
  readonly size: number
  readonly #plain: RuleGroup<E>
  readonly #memory: RuleMemory | undefined
  readonly #group: Reader | undefined
  /** One reader per rule, in the order fired results are listed (priority, then rule order). */
  readonly #rules: (Reader & { name: string })[] | undefined

  constructor(label: string, rules: readonly Rule[], memory: RuleMemory | undefined) {
    this.size = rules.length
    this.#plain = new RuleGroup<E>(rules)
    const on = memory !== undefined && memory.entries.maxSize > 0 && rules.length > 0
    const listed = rules
      .map((rule, order) => ({ rule, order }))
      .sort((a, b) => (b.rule.priority ?? 1) - (a.rule.priority ?? 1) || a.order - b.order)
    const single = listed.map(({ rule }) => {
      const reader = readerOf(`r:${rule.name}`, [rule])
      return reader && { ...reader, name: rule.name }
    })
    const all = single.every((r) => r !== undefined)
    this.#memory = on && all ? memory : undefined
    this.#rules = all && rules.length > 1 ? single : undefined
    this.#group =
      all && (rules.length === 1 || classCount(rules) <= GROUP_CLASSES_MAX)
        ? readerOf(`g:${label}`, rules)
        : undefined
  }

  /** Runs every rule against `facts` (fact name -> value), or answers from memory. */
  async run(facts: Readonly<Record<string, unknown>>): Promise<readonly Fired<E>[]> {
    const memory = this.#memory
    if (!memory) return this.#plain.run(facts)
    const entries = memory.entries
    const groupKey = this.#group && keyOf(this.#group, facts)
    if (groupKey !== undefined) {
      const known = entries.get(groupKey) as readonly Fired<E>[] | undefined
      if (known) {
        memory.hits++
        return known
      }
    }
    const ruleKeys = this.#rules?.map((r) => keyOf(r, facts))
    if (ruleKeys && !ruleKeys.includes(undefined)) {
      const fired: Fired<E>[] = []
      let complete = true
      for (const key of ruleKeys as string[]) {
        const one = entries.get(key) as Fired<E> | false | undefined
        if (one === undefined) {
          complete = false
          break
        }
        if (one) fired.push(one)
      }
      if (complete) {
        memory.hits++
        Object.freeze(fired)
        if (groupKey !== undefined) entries.set(groupKey, fired)
        return fired
      }
    }
    if (groupKey === undefined && (!ruleKeys || ruleKeys.includes(undefined)))
      return this.#plain.run(facts)
    memory.misses++
    const fired = deepFreeze(await this.#plain.run(facts))
    if (groupKey !== undefined) entries.set(groupKey, fired)
    if (ruleKeys && this.#rules) {
      const byName = new Map(fired.map((f) => [f.rule, f]))
      this.#rules.forEach((r, i) => {
        const key = ruleKeys[i]
        if (key !== undefined) entries.set(key, byName.get(r.name) ?? false)
      })
    }
    return fired
  }
}
