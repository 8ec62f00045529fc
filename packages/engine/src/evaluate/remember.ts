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

/**
 * A group's fired list, one rule's fired result (`false`: it did not fire),
 * or one rule's fired results for each item of a fixed list ({@link RememberingGroup.runEach}).
 */
type MemoryEntry = readonly Fired[] | Fired | false | Column

/** One rule's fired result (`false`: it did not fire) for each item of a fixed list. */
interface Column {
  readonly items: readonly object[]
  readonly fired: readonly (Fired | false)[]
}

// One frozen empty list stands for every "nothing fired" a memory keeps or
// answers with: most groups fire nothing for most facts.
const NONE: readonly never[] = Object.freeze([])

/** `fired`, frozen, or the shared empty list when nothing fired. */
function kept<T>(fired: readonly T[]): readonly T[] {
  return fired.length === 0 ? NONE : Object.freeze(fired)
}

/** Whether a remembered entry was made for these very item facts (the same objects, in order). */
function sameItems(known: readonly object[], items: readonly object[]): boolean {
  return known.length === items.length && known.every((item, i) => item === items[i])
}

/** How one rule or group reads its facts: each fact with the classifier of its tests. */
interface Reader {
  /** Where its entries live in the shared memory: a group label or a rule name. */
  prefix: string
  facts: { name: string; classify: Classify }[]
}

// A group's own entry answers a whole run with one lookup. A group not run
// item by item (runEach) gets one, whatever its rules could tell apart in
// principle: the combinations a planner meets are few (the default
// progression rules read seven facts with 937,125 classes between them, and
// triggers eight with 218,295, yet a warm planner's 28-day plans for
// profiles it has not seen make 293 lookups each with group entries, 1,054
// without).
// A group run item by item (the contraindications, which test every
// condition, injury and body region against every exercise) keeps its own
// entries only when its rules tell few combinations apart; otherwise nearly
// every profile and exercise is a new combination, and its single rules and
// runEach's columns are remembered instead.
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

/**
 * A reader for `rules` together (only the facts `keep` accepts), or
 * undefined when a fact's tests cannot be classified.
 */
function readerOf(
  prefix: string,
  rules: readonly Rule[],
  keep: (fact: string) => boolean = () => true,
): Reader | undefined {
  const facts: Reader['facts'] = []
  for (const [name, leaves] of leavesByFact(rules)) {
    if (!keep(name)) continue
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

/** Facts given in layers, later ones overriding earlier ones as object spread does. */
type Layers = readonly Readonly<Record<string, unknown>>[]

/** The value of fact `name` in `layers`: from the last layer that has it. */
function valueIn(layers: Layers, name: string): unknown {
  for (let i = layers.length - 1; i > 0; i--) {
    if (Object.hasOwn(layers[i]!, name)) return layers[i]![name]
  }
  return layers[0]![name]
}

/** The layers spread into one object, as json-rules-engine receives them. */
function merged(layers: Layers): Readonly<Record<string, unknown>> {
  // fromEntries defines properties as spread does, later entries winning.
  return layers.length === 1 ? layers[0]! : Object.fromEntries(layers.flatMap(Object.entries))
}

/** The memory key of `reader` for these facts, or undefined when a value cannot be classified. */
function keyOf(reader: Reader, layers: Layers): string | undefined {
  let key = reader.prefix
  for (const { name, classify } of reader.facts) {
    const value = valueIn(layers, name)
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
  /**
   * For `runEach`: readers of the facts the items share (all but
   * `itemFacts`), for each rule (listed order).
   */
  readonly #shared: (Reader & { name: string })[] | undefined
  /** The item facts of the last `runEach` that was remembered, frozen once and shared by its columns. */
  #items: readonly object[] = NONE

  /**
   * @param itemFacts The facts that tell apart the items of `runEach` (the
   * catalog's exercise facts); every other fact is shared by the items.
   */
  constructor(
    label: string,
    rules: readonly Rule[],
    memory: RuleMemory | undefined,
    itemFacts: ReadonlySet<string> = new Set(),
  ) {
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
      all && (itemFacts.size === 0 || rules.length === 1 || classCount(rules) <= GROUP_CLASSES_MAX)
        ? readerOf(`g:${label}`, rules)
        : undefined
    const shared = (f: string) => !itemFacts.has(f)
    const each = listed.map(({ rule }) => {
      const reader = readerOf(`v:${rule.name}`, [rule], shared)
      return reader && { ...reader, name: rule.name }
    })
    this.#shared =
      itemFacts.size > 0 && all && each.every((r) => r !== undefined) ? each : undefined
  }

  /**
   * Runs every rule for each item: `shared` facts plus that item's facts.
   * The items are meant to be the same list on every call (the catalog's
   * exercises' facts objects: the facts named by the constructor's
   * `itemFacts`; a remembered answer is used only for the very same
   * objects in the same order), so each rule's answer for every item (a
   * column) is remembered by the classes of the shared facts it reads: a
   * profile whose facts fall in known classes of every rule is answered for
   * every exercise from the columns, without evaluating. Every remembered
   * answer is one json-rules-engine gave. The columns' answers are put
   * together on each call rather than kept per combination: a serving
   * planner meets a new combination with nearly every new profile, and
   * keeping each one (a list per exercise) would grow its heap with them.
   */
  async runEach(
    shared: Readonly<Record<string, unknown>>,
    items: readonly Readonly<Record<string, unknown>>[],
  ): Promise<readonly (readonly Fired<E>[])[]> {
    const memory = this.#memory
    const readers = memory && this.#shared
    const ruleKeys = readers?.map((r) => keyOf(r, [shared]))
    if (!ruleKeys || ruleKeys.includes(undefined)) {
      const each: (readonly Fired<E>[])[] = []
      for (const item of items) each.push(await this.run(shared, item))
      return each
    }
    const entries = memory!.entries
    // Each rule's answers for every item, by the classes of the shared facts it reads.
    const columns = (ruleKeys as string[]).map((k) => entries.get(k) as Column | undefined)
    // Columns made for the current items share one list: compared once, not per column.
    const current = sameItems(this.#items, items) ? this.#items : undefined
    const fits = (c: Column | undefined) =>
      c !== undefined && (c.items === current || sameItems(c.items, items))
    if (columns.every(fits)) {
      memory!.hits += items.length
      return items.map((_, i) => {
        const fired: Fired<E>[] = []
        for (const column of columns as Column[]) {
          const one = column.fired[i]
          if (one) fired.push(one as Fired<E>)
        }
        return kept(fired)
      })
    }
    // Item by item through the rule-by-rule memory, which answers alike
    // exercises from one another while the columns are still being made.
    const each: (readonly Fired<E>[])[] = []
    for (const item of items) {
      const fired = await this.run(shared, item)
      each.push(Object.isFrozen(fired) ? fired : kept(deepFreeze([...fired])))
    }
    // Checked again here: another plan's runEach may have set #items during the awaits.
    if (!sameItems(this.#items, items)) this.#items = Object.freeze([...items])
    this.#shared!.forEach((r, k) => {
      const fired = each.map((list) => list.find((f) => f.rule === r.name) ?? false)
      entries.set(ruleKeys[k]!, { items: this.#items, fired: Object.freeze(fired) })
    })
    return each
  }

  /**
   * Runs every rule against the facts (fact name -> value), or answers
   * from memory. The facts may come in layers, later ones over earlier ones
   * as if spread into one object, which is made only when json-rules-engine
   * runs.
   */
  async run(...given: Readonly<Record<string, unknown>>[]): Promise<readonly Fired<E>[]> {
    const layers: Layers = given.length > 0 ? given : [{}]
    const memory = this.#memory
    if (!memory) return this.#plain.run(merged(layers))
    const entries = memory.entries
    const groupKey = this.#group && keyOf(this.#group, layers)
    if (groupKey !== undefined) {
      const known = entries.get(groupKey) as readonly Fired<E>[] | undefined
      if (known) {
        memory.hits++
        return known
      }
    }
    const ruleKeys = this.#rules?.map((r) => keyOf(r, layers))
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
        const answer = kept(fired)
        if (groupKey !== undefined) entries.set(groupKey, answer)
        return answer
      }
    }
    if (groupKey === undefined && (!ruleKeys || ruleKeys.includes(undefined)))
      return this.#plain.run(merged(layers))
    memory.misses++
    const fired = kept(deepFreeze(await this.#plain.run(merged(layers))))
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
