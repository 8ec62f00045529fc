import type { Focus } from '../types/plan'

/** A json-rules-engine leaf condition over one registry fact. */
export interface FactCondition {
  fact: string
  operator: string
  value: string | number | boolean | (string | number)[]
}

/** A json-rules-engine condition tree (all / any / not / leaf). */
export type RuleCondition =
  | { all: RuleCondition[] }
  | { any: RuleCondition[] }
  | { not: RuleCondition }
  | FactCondition

/** Top-level conditions of a rule: json-rules-engine requires all, any or not. */
export type TopCondition =
  | { all: RuleCondition[] }
  | { any: RuleCondition[] }
  | { not: RuleCondition }

/** Anchors a trigger can place a slot relative to. */
export type Anchor = 'wake' | 'bed' | 'work-start' | 'work-end' | 'lunch' | 'lunch-end'

/** Params of a `slots` (trigger) event: exactly one of rrule, times or anchor. */
export interface SlotsParams {
  /** RRULE body expanded in floating local time, e.g. `FREQ=HOURLY;BYMINUTE=0`. */
  rrule?: string
  /** Window the RRULE is expanded in; default `waking`. */
  window?: 'waking' | 'work'
  /** Fixed local times, `HH:MM`. */
  times?: string[]
  anchor?: Anchor
  /** Minutes after the anchor (negative: before); a range picks a seeded minute in it. */
  offsetMin?: number | { min: number; max: number }
  focus?: Focus
  /** Preferred exercise id; substituted or skipped when not allowed. */
  exercise?: string
  doseSec?: number
  rounds?: number
  restSec?: number
}

/** Params of a `targets` (progression) event: the day's targets. Later rules override per field. */
export interface TargetsParams {
  snacks?: number
  doseSec?: { min: number; max: number }
  rounds?: number
  restSec?: number
  effort?: number
  focus?: Focus | 'mixed'
  /** How many of the day's snacks are mobility or breathing pauses. */
  mobilitySnacks?: number
  modifiers?: ('tempo' | 'pause' | 'load')[]
  /** Seconds added to one snack of the day. */
  bonusSec?: number
  /** Exercises to prefer today, in order. */
  exercises?: string[]
}

/** Params of a `bounds` (limit) event. Several bounds combine to the strictest. */
export interface BoundsParams {
  snackSec?: { min: number; max: number }
  daySec?: { max: number }
  minGapMin?: number
  maxSnacks?: number
  /** Warm-up seconds before efforts at or above `warmupFromEffort`. */
  warmupSec?: number
  warmupFromEffort?: number
}

/** Every event a rule may fire, with its params. */
export type RuleEvent =
  | { type: 'exclude'; params?: Record<string, never> }
  | { type: 'substitute'; params?: Record<string, never> }
  | { type: 'cap-effort'; params: { max: number } }
  | { type: 'advisory'; params: { text: { en: string; sv: string; da: string } } }
  | { type: 'targets'; params: TargetsParams }
  | { type: 'slots'; params: SlotsParams }
  | { type: 'bounds'; params: BoundsParams }

/** An event type. */
export type RuleEventType = RuleEvent['type']

/** One rule: a json-rules-engine rule object whose `name` is the rule id. */
export interface Rule {
  name: string
  priority?: number
  conditions: TopCondition
  event: RuleEvent
}

/** A rule-set document. */
export interface RuleSet {
  $schema?: string
  id: string
  version: string
  rules: Rule[]
}
