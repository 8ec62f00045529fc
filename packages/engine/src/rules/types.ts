import type { LocalizedText } from '@snackplan/catalog'
import type { Focus } from '../types/plan'
import type { Condition } from '../types/profile'
import type { FactSignatures, TopCondition } from './conditions'

export type * from './conditions'

/** Anchors a trigger can place a slot relative to (`meal-end`: the end of each main meal). */
export type Anchor = 'wake' | 'bed' | 'work-start' | 'work-end' | 'lunch' | 'lunch-end' | 'meal-end'

/**
 * What a slot is for: an exercise `snack` (the default), a mobility or
 * breathing `pause`, an hourly `active-pause` from sitting, or a longer
 * `session` (a walk with bursts, a zone-2 session). Only snacks count towards
 * the day's snacks and active time.
 */
export type SlotItem = 'snack' | 'pause' | 'active-pause' | 'session'

/** Params of a `slots` (trigger) event: exactly one of rrule, times or anchor. */
export interface SlotsParams {
  /** RRULE body expanded in floating local time, e.g. `FREQ=HOURLY;BYMINUTE=0`. */
  rrule?: string
  /** Window the RRULE is expanded in; default `waking`. */
  window?: 'waking' | 'work'
  /** Fixed local times, `HH:MM`. */
  times?: string[]
  /** A point of the day to place the slot at; no slot when the day lacks it. */
  anchor?: Anchor
  /** Minutes after the anchor (negative: before); a range picks a seeded minute in it. */
  offsetMin?:
    | number
    | {
        /** Earliest offset, minutes. */
        min: number
        /** Latest offset, minutes. */
        max: number
      }
  /**
   * With `anchor` only: repeat every this many minutes after the first slot,
   * up to the end of work (work anchors) or bedtime.
   */
  everyMin?: number
  /** What the slot is for; default `snack`. */
  item?: SlotItem
  /** At most this many items from this rule per program week (sessions). */
  perWeek?: number
  /**
   * Focus of a snack in this slot on a mixed day; with `exercises`, the
   * focus of the slot whatever the day's.
   */
  focus?: Focus
  /** Preferred exercise id, a nudge; substituted or skipped when not allowed. */
  exercise?: string
  /**
   * Exercises for this slot, in order of preference, that outrank the day's
   * focus (after each meal: a walk or stairs, on strength days too).
   */
  exercises?: string[]
  /** Work seconds per round (for sessions and active pauses: their length), when the day's targets do not set them. */
  doseSec?: number
  /** Rounds, when the day's targets do not set them. */
  rounds?: number
  /** Rest between rounds in seconds, when the day's targets do not set it. */
  restSec?: number
}

/** Params of a `targets` (progression) event: the day's targets. Later rules override per field. */
export interface TargetsParams {
  /** Snacks that day. */
  snacks?: number
  /** Work seconds per snack. */
  doseSec?: {
    /** Shortest, seconds. */
    min: number
    /** Longest, seconds. */
    max: number
  }
  /** Rounds per snack. */
  rounds?: number
  /** Rest between rounds, seconds. */
  restSec?: number
  /** Target effort (RPE 1-10), kept within each entry's own effort range. */
  effort?: number
  /** What the day trains; `mixed` alternates cardio and strength. */
  focus?: Focus | 'mixed'
  /** How many of the day's snacks are mobility or breathing pauses. */
  mobilitySnacks?: number
  /** Progression modifiers, applied to exercises that support them. */
  modifiers?: ('tempo' | 'pause' | 'load')[]
  /** Seconds added to one snack of the day. */
  bonusSec?: number
  /** Exercises to prefer today, in order. */
  exercises?: string[]
  /** The day's highest joint impact: exercises above it give way to an easier variation. */
  maxImpact?: 'none' | 'low' | 'high'
  /** Seconds per hold (per side) for isometric holds, instead of `doseSec`. */
  holdSec?: {
    /** Shortest, seconds. */
    min: number
    /** Longest, seconds. */
    max: number
  }
  /** Effortful seconds the day's snacks should reach; a second round is added where it fits. */
  minActiveSec?: number
}

/** Params of a `bounds` (limit) event. Several bounds combine to the strictest. */
export interface BoundsParams {
  /** Work seconds per round. */
  snackSec?: {
    /** Shortest, seconds. */
    min: number
    /** Longest, seconds. */
    max: number
  }
  /** Active seconds per day. */
  daySec?: {
    /** Most, seconds. */
    max: number
  }
  /** Minutes between snack starts, at least. */
  minGapMin?: number
  /** Snacks per day, at most. */
  maxSnacks?: number
  /** Seconds per hold (per side) for isometric holds, instead of `snackSec`. */
  holdSec?: {
    /** Shortest, seconds. */
    min: number
    /** Longest, seconds. */
    max: number
  }
  /** Warm-up seconds before efforts at or above `warmupFromEffort`. */
  warmupSec?: number
  /** Effort (RPE 1-10) from which a warm-up is added. */
  warmupFromEffort?: number
}

/**
 * The params of an event that takes none. Written as an empty object type
 * rather than `Record<string, never>`: with an index signature in the union,
 * tsc checks a mistyped `slots` param against it and reports "not assignable
 * to type 'never'" instead of "did you mean 'times'?".
 */
export type NoParams = Record<never, never>

/** Every event a rule may fire, with its params. */
export type RuleEvent =
  | {
      /** Never schedule the exercise. */
      type: 'exclude'
      /** None (`{}` at most; `checkRuleSet` refuses keys). */
      params?: NoParams
    }
  | {
      /** Replace the exercise by the first allowed one in its `easier` chain. */
      type: 'substitute'
      /** None (`{}` at most; `checkRuleSet` refuses keys). */
      params?: NoParams
    }
  | {
      /** Lower a snack's effort (and, for holds, their length). */
      type: 'cap-effort'
      /** The cap. */
      params: {
        /** Highest effort allowed (RPE 1-10). */
        max: number
        /** Longest hold in seconds (per side) for exercises dosed in hold-seconds. */
        maxHoldSec?: number
        /** A caution shown with every snack the rule caps, in every locale. */
        note?: LocalizedText
      }
    }
  | {
      /** A caution shown with the plan and in every calendar event. */
      type: 'advisory'
      /** The caution. */
      params: {
        /** The condition it is about; copied to `Advisory.condition`. */
        condition?: Condition
        /** The caution in every locale. */
        text: LocalizedText
      }
    }
  | {
      /** Set the day's targets (progression). */
      type: 'targets'
      /** The targets; later or higher-priority rules win per field. */
      params: TargetsParams
    }
  | {
      /** Propose candidate start times (trigger). */
      type: 'slots'
      /** Where the slots go. */
      params: SlotsParams
    }
  | {
      /** A habit cue without a clock time ("after each toilet visit"), shown with the day. */
      type: 'cue'
      /** The cue. */
      params: {
        /** When to do it, or the prompt itself, in every locale. */
        text: LocalizedText
        /** The exercise to do then; substituted or left out when not allowed. */
        exercise?: string
        /** Work seconds of the exercise. */
        doseSec?: number
      }
    }
  | {
      /** Limit the day (limit); several combine to the strictest. */
      type: 'bounds'
      /** The limits. */
      params: BoundsParams
    }

/** An event type. */
export type RuleEventType = RuleEvent['type']

/**
 * One rule: a json-rules-engine rule object whose `name` is the rule id.
 * `PluginFacts` types conditions on plugin facts (see {@link FactCondition}).
 */
export interface Rule<PluginFacts extends FactSignatures | undefined = undefined> {
  /** The rule id: kebab-case, unique in the set; it shows up in snack `reasons`. */
  name: string
  /**
   * What the rule does, in words people read (1-120 characters per locale):
   * calendar descriptions and the CLI show it instead of the id.
   */
  title?: LocalizedText
  /** 1-100, default 1; higher runs first and wins slots and target fields. */
  priority?: number
  /** When the rule fires; the top is `all`, `any` or `not`. */
  conditions: TopCondition<PluginFacts>
  /** What the rule does when it fires. */
  event: RuleEvent
}

/**
 * A rule-set document. Its type is derived from the fact registry: fact
 * names, the operators and values that fit each fact, and the params of
 * each event type, so a typo fails `tsc` (author one with `defineRuleSet`).
 * `PluginFacts` types conditions on plugin facts (see {@link FactCondition}).
 */
export interface RuleSet<PluginFacts extends FactSignatures | undefined = undefined> {
  /** URL or path of the JSON Schema, for editors; snackplan does not read it. */
  $schema?: string
  /** kebab-case name of the set. */
  id: string
  /** Free-form version; it goes into `plan.rules` and so into calendar `SEQUENCE` changes. */
  version: string
  /** The rules, read top to bottom. */
  rules: readonly Rule<PluginFacts>[]
}

/**
 * A rule set as `createPlanner` takes it: a set (`defaultRules`, one from
 * `loadRuleSet` / `checkRuleSet`, or one written with `defineRuleSet`) or
 * its JSON text. Either way the planner checks it again, so plugin facts
 * are checked against the planner's plugins.
 */
export type RuleSetInput = RuleSet | string
