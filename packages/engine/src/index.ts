/**
 * Rule sets and profiles (schemas, checks), the typed fact registry, the
 * planner that evaluates rules with json-rules-engine, the plugin interface,
 * the default rules and the zone-aware date and time helpers.
 *
 * @packageDocumentation
 * @module @snackplan/engine
 */
export {
  type CheckResult,
  isSnackplanError,
  SnackplanError,
  type SnackplanIssue,
} from '@snackplan/catalog'
export type { RuleCacheStats } from './evaluate/lru'
export * from './explain/index'
export {
  FACT_NAMES,
  FACTS,
  type FactDefinition,
  type FactName,
  type FactScope,
  type FactType,
  isListOperator,
  LIST_OPERATORS,
  OPERATORS,
  type Operator,
} from './facts/registry'
export { createPlanner, type Planner, type PlannerOptions } from './planner/create'
export { canonicalJson, contentHash, isDeepFrozen } from './planner/fingerprint'
export type * from './plugins/types'
export { checkProfile, loadProfile } from './profile'
export { type CheckRuleSetOptions, checkRuleSet, loadRuleSet } from './rules/check'
export { defaultRules } from './rules/default'
export { defineRuleSet } from './rules/define'
export { EVENT_KINDS, EVENT_TYPES, type EventKind } from './rules/kinds'
export type * from './rules/types'
export * from './time/index'
export type * from './types/plan'
export * from './types/profile'
