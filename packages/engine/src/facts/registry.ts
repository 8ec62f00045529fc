import {
  BODY_REGIONS,
  EQUIPMENT,
  EXERCISE_KINDS,
  IMPACTS,
  POSITIONS,
  SETTINGS,
} from '@snackplan/catalog'
import { CONDITIONS, DAY_TYPES, LEVELS, WEEKDAYS } from '../types/profile'

/** The value type of a fact; it decides which operators and values a rule may use. */
export type FactType = 'string' | 'number' | 'boolean' | 'string[]'

/** Where a fact's value comes from; decides which rule kinds may use it. */
export type FactScope = 'profile' | 'exercise' | 'day' | 'program' | 'history' | 'slot'

/** One fact rules can test. */
export interface FactDefinition {
  /** The value type; decides which operators and values rules may use. */
  type: FactType
  /** Where the value comes from; decides which rule kinds may use the fact. */
  scope: FactScope
  /** Allowed values for string and string[] facts. */
  values?: readonly string[]
  /** For people who write rules; shown in the package README. */
  description: string
}

/** json-rules-engine's built-in operators, by the fact type they fit. */
export const OPERATORS = {
  /** Compared whole, or with a list of values for `in` / `notIn`. */
  string: ['equal', 'notEqual', 'in', 'notIn'],
  /** Compared whole, ordered, or with a list of values for `in` / `notIn`. */
  number: [
    'equal',
    'notEqual',
    'lessThan',
    'lessThanInclusive',
    'greaterThan',
    'greaterThanInclusive',
    'in',
    'notIn',
  ],
  /** Compared whole. */
  boolean: ['equal', 'notEqual'],
  /** Tested for one value it holds or does not hold. */
  'string[]': ['contains', 'doesNotContain'],
} as const satisfies Record<FactType, readonly string[]>

/** A json-rules-engine operator a rule may use (which ones fit a fact: {@link OPERATORS}). */
export type Operator = (typeof OPERATORS)[FactType][number]

/** The operators whose value is a list of the fact's values rather than one value. */
export const LIST_OPERATORS = ['in', 'notIn'] as const

/** True for `in` and `notIn`, whose value is a list. */
export function isListOperator(operator: unknown): operator is (typeof LIST_OPERATORS)[number] {
  return (LIST_OPERATORS as readonly unknown[]).includes(operator)
}

const FOCI = ['balanced', 'cardio', 'strength', 'mobility'] as const

/**
 * The fixed, typed fact registry. Rules may name only these facts (plus
 * facts that plugins register); there is no JSONPath `path`.
 */
export const FACTS = {
  'profile.conditions': {
    type: 'string[]',
    scope: 'profile',
    values: CONDITIONS,
    description: 'Health conditions from the profile.',
  },
  'profile.level': {
    type: 'string',
    scope: 'profile',
    values: LEVELS,
    description: 'Training level: beginner, intermediate or advanced.',
  },
  'profile.injuries': {
    type: 'string[]',
    scope: 'profile',
    values: BODY_REGIONS,
    description: 'Body regions with a recent injury (empty when none).',
  },
  'profile.equipment': {
    type: 'string[]',
    scope: 'profile',
    values: EQUIPMENT,
    description: 'Equipment the person has.',
  },
  'profile.discreet': {
    type: 'boolean',
    scope: 'profile',
    description: 'The person asked for discreet exercises at the office.',
  },
  'profile.focus': {
    type: 'string',
    scope: 'profile',
    values: FOCI,
    description: 'Preferred focus; `balanced` when not given.',
  },
  'profile.clearedForVigorous': {
    type: 'boolean',
    scope: 'profile',
    description:
      'A clinician has cleared vigorous effort (the default rules then lift what they hold until cleared: see docs/health.md).',
  },
  'profile.activePauses': {
    type: 'boolean',
    scope: 'profile',
    description:
      'Hourly active pauses on work days (`preferences.activePauses`); `true` when not given.',
  },
  'profile.needsClearance': {
    type: 'boolean',
    scope: 'profile',
    description:
      'A condition that needs a clinician’s clearance (pregnancy, heart or vascular disease, high blood pressure, recent injury or surgery, medication affecting pulse, blood pressure or blood sugar) and no `clearedForVigorous` yet.',
  },
  'exercise.id': {
    type: 'string',
    scope: 'exercise',
    description: 'The catalog id of the exercise.',
  },
  'exercise.kind': {
    type: 'string',
    scope: 'exercise',
    values: EXERCISE_KINDS,
    description: 'cardio, strength, mobility, isometric or breathing.',
  },
  'exercise.impact': {
    type: 'string',
    scope: 'exercise',
    values: IMPACTS,
    description: 'Joint impact: none, low or high (jumps, running landings).',
  },
  'exercise.loads': {
    type: 'string[]',
    scope: 'exercise',
    values: BODY_REGIONS,
    description: 'Body regions the exercise puts load on.',
  },
  'exercise.position': {
    type: 'string',
    scope: 'exercise',
    values: POSITIONS,
    description: 'Body position: standing, seated, floor, wall or moving.',
  },
  'exercise.settings': {
    type: 'string[]',
    scope: 'exercise',
    values: SETTINGS,
    description: 'Where it can be done: office, home, outdoor, travel.',
  },
  'exercise.equipment': {
    type: 'string[]',
    scope: 'exercise',
    values: EQUIPMENT,
    description: 'Equipment it needs.',
  },
  'exercise.discreet': {
    type: 'boolean',
    scope: 'exercise',
    description: 'Can be done at the office without drawing looks.',
  },
  'exercise.effortTarget': {
    type: 'number',
    scope: 'exercise',
    description: 'The entry’s target effort, RPE 1-10.',
  },
  'day.date': { type: 'string', scope: 'day', description: 'The local date, YYYY-MM-DD.' },
  'day.weekday': { type: 'string', scope: 'day', values: WEEKDAYS, description: 'mon..sun.' },
  'day.type': {
    type: 'string',
    scope: 'day',
    values: DAY_TYPES,
    description: 'office, home, travel, outdoor or rest.',
  },
  'day.hasWork': { type: 'boolean', scope: 'day', description: 'The day has work hours.' },
  'day.hasLunch': { type: 'boolean', scope: 'day', description: 'The day has a lunch time.' },
  'program.day': {
    type: 'number',
    scope: 'program',
    description: 'Day number since programStart; 1 on the first day.',
  },
  'program.week': {
    type: 'number',
    scope: 'program',
    description: 'Week number since programStart; days 1-7 are week 1.',
  },
  'history.done7d': {
    type: 'number',
    scope: 'history',
    description: 'Snacks logged as done in the 7 days before this day.',
  },
  'history.avgEffort7d': {
    type: 'number',
    scope: 'history',
    description: 'Average logged effort (1-10) of those snacks; 0 without feedback.',
  },
  'history.easy14d': {
    type: 'number',
    scope: 'history',
    description:
      'Effortful snacks (cardio, strength, holds) done in the 14 days before this day and logged at effort 5 or less and at least 2 below the effort they were planned at (`plannedEffort`, else the exercise’s target, which must be 6 or more): "the work felt easy". Breathing, mobility and snacks logged too hard, painful or stopped never count.',
  },
  'history.hard7d': {
    type: 'number',
    scope: 'history',
    description:
      'Snacks in the 7 days before this day logged as too hard, painful or stopped, or at effort 9 or more.',
  },
  'slot.minuteOfDay': {
    type: 'number',
    scope: 'slot',
    description: 'Local start time of the snack in minutes after midnight.',
  },
  'slot.minutesAfterLunch': {
    type: 'number',
    scope: 'slot',
    description:
      'Minutes since lunch ended (lunch lasts 30 min); -1 on days without lunch or before it.',
  },
  'slot.minutesBeforeBed': {
    type: 'number',
    scope: 'slot',
    description: 'Minutes from the snack’s start to bedtime.',
  },
} as const satisfies Record<string, FactDefinition>

/** A built-in fact name. */
export type FactName = keyof typeof FACTS

/** Fact names in registry order. */
export const FACT_NAMES = Object.keys(FACTS) as FactName[]
