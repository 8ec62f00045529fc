import type { FACTS, FactType, LIST_OPERATORS, OPERATORS } from '../facts/registry'

/**
 * What the types need to know of a fact to check a condition on it: its
 * value type and, for string facts, its allowed values. Every entry of
 * `FACTS` and every `PluginFact` is one.
 */
export interface FactSignature {
  /** The value type; decides the operators and the value's type. */
  readonly type: FactType
  /** The allowed values of a string or string[] fact; any string when left out. */
  readonly values?: readonly string[]
}

/** Fact signatures by fact name, e.g. a plugin's `facts`. */
export type FactSignatures = { readonly [fact: string]: FactSignature }

/** The built-in facts, read from the registry (`FACTS`): what rule types are derived from. */
export type BuiltinFacts = typeof FACTS

/** An operator that takes a list of values: `in` and `notIn`. */
export type ListOperator = (typeof LIST_OPERATORS)[number]

type OperatorOf<S extends FactSignature> = (typeof OPERATORS)[S['type']][number]

/** The type of one value of a fact: a number, a boolean, or one of its allowed strings. */
export type FactValueOf<S extends FactSignature> = S['type'] extends 'number'
  ? number
  : S['type'] extends 'boolean'
    ? boolean
    : S['values'] extends readonly (infer V extends string)[]
      ? V
      : string

/** A list value of `in` / `notIn`: at least one item. */
export type NonEmptyList<T> = readonly [T, ...T[]]

/**
 * A json-rules-engine leaf condition on one fact, with an operator that
 * fits the fact's type and a value that fits the operator.
 */
export interface FactTest<F extends string, O extends string, V> {
  /** The fact, a name from the registry (`FACTS`) or a plugin's `plugin.<name>.<fact>`. */
  fact: F
  /** A json-rules-engine operator that fits the fact's type (see `OPERATORS`). */
  operator: O
  /** What the fact is compared with: one allowed value, or a list for `in` / `notIn`. */
  value: V
}

/** Every condition on one fact that its type allows. */
export type ConditionOn<F extends string, S extends FactSignature> =
  | FactTest<F, Exclude<OperatorOf<S>, ListOperator>, FactValueOf<S>>
  | ([Extract<OperatorOf<S>, ListOperator>] extends [never]
      ? never
      : FactTest<F, Extract<OperatorOf<S>, ListOperator>, NonEmptyList<FactValueOf<S>>>)

/** Every condition on any of the facts in `Facts`. */
export type ConditionOnAny<Facts extends FactSignatures> = {
  [F in keyof Facts & string]: ConditionOn<F, Facts[F]>
}[keyof Facts & string]

/** A plugin fact's name: `plugin.<plugin name>.<fact>`. */
export type PluginFactName = `plugin.${string}.${string}`

/**
 * A plugin's facts under the names rules use (`plugin.<name>.<fact>`), to
 * type conditions on them: `defineRuleSet<PluginFactsOf<'weather', typeof
 * weatherFacts>>(...)`. Join several plugins with `&`.
 */
export type PluginFactsOf<Name extends string, Facts extends FactSignatures> = {
  readonly [K in keyof Facts & string as `plugin.${Name}.${K}`]: Facts[K]
}

/**
 * A condition on a plugin's fact when the rule-set type was not told the
 * plugin's facts: any operator, any value; `checkRuleSet` checks them
 * against the planner's plugins at run time.
 */
export type PluginFactCondition = FactTest<
  PluginFactName,
  (typeof OPERATORS)[FactType][number],
  string | number | boolean | NonEmptyList<string | number>
>

/**
 * A leaf condition: a built-in fact with an operator and a value that fit
 * it, or a plugin's fact. With `PluginFacts` (see {@link PluginFactsOf})
 * the plugin facts are typed as strictly as the built-in ones; without it,
 * any `plugin.<name>.<fact>` is accepted and checked at run time.
 */
export type FactCondition<PluginFacts extends FactSignatures | undefined = undefined> =
  | ConditionOnAny<BuiltinFacts>
  | ([PluginFacts] extends [FactSignatures]
      ? ConditionOnAny<Pick<PluginFacts, keyof PluginFacts & PluginFactName>>
      : PluginFactCondition)

/** A json-rules-engine condition tree (all / any / not / leaf). */
export type RuleCondition<PluginFacts extends FactSignatures | undefined = undefined> =
  | AllOf<PluginFacts>
  | AnyOf<PluginFacts>
  | NotOf<PluginFacts>
  | FactCondition<PluginFacts>

/** Top-level conditions of a rule: json-rules-engine requires all, any or not. */
export type TopCondition<PluginFacts extends FactSignatures | undefined = undefined> =
  | AllOf<PluginFacts>
  | AnyOf<PluginFacts>
  | NotOf<PluginFacts>

/** Holds when every condition in it holds. */
export interface AllOf<PluginFacts extends FactSignatures | undefined = undefined> {
  /** Holds when every one holds; at least one. */
  all: readonly RuleCondition<PluginFacts>[]
}

/** Holds when at least one condition in it holds. */
export interface AnyOf<PluginFacts extends FactSignatures | undefined = undefined> {
  /** Holds when at least one holds; at least one. */
  any: readonly RuleCondition<PluginFacts>[]
}

/** Holds when the condition in it does not. */
export interface NotOf<PluginFacts extends FactSignatures | undefined = undefined> {
  /** Holds when the inner condition does not. */
  not: RuleCondition<PluginFacts>
}
