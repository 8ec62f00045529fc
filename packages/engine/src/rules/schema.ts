import {
  FACT_NAMES,
  FACTS,
  type FactDefinition,
  isListOperator,
  OPERATORS,
} from '../facts/registry'
import { CONDITIONS } from '../types/profile'
import { MAX_RULES } from './limits'

const ID = '^[a-z0-9]+(-[a-z0-9]+)*$'
const TIME = '^([01][0-9]|2[0-3]):[0-5][0-9]$'
// Error messages say these in words (the schema's `description`) rather than show the pattern.
const KEBAB = 'kebab-case: lower-case letters and digits joined by single hyphens'
const id = { type: 'string', pattern: ID, description: KEBAB } as const
const time = {
  type: 'string',
  pattern: TIME,
  description: 'a 24-hour time HH:MM (00:00-23:59)',
} as const
const FOCUS = ['cardio', 'strength', 'mobility'] as const
const MODIFIERS = ['tempo', 'pause', 'load'] as const
const range = (min: number, max: number) =>
  ({ type: 'integer', minimum: min, maximum: max }) as const
const minMax = (min: number, max: number) => ({
  type: 'object',
  properties: { min: range(min, max), max: range(min, max) },
  required: ['min', 'max'],
  additionalProperties: false,
})

function scalarSchema(def: FactDefinition): object {
  if (def.type === 'number') return { type: 'number' }
  if (def.type === 'boolean') return { type: 'boolean' }
  return def.values ? { enum: [...def.values] } : { type: 'string', maxLength: 200 }
}

/**
 * Per fact: which operators fit and which value type. Facts with the same
 * signature share one branch, which keeps the generated validator small.
 */
function factRules(): object[] {
  const groups = new Map<string, { def: FactDefinition; facts: string[] }>()
  for (const name of FACT_NAMES) {
    const def: FactDefinition = FACTS[name]
    const key = `${def.type}:${(def.values ?? []).join(',')}`
    const group = groups.get(key)
    if (group) group.facts.push(name)
    else groups.set(key, { def, facts: [name] })
  }
  return [...groups.values()].map(({ def, facts }) => {
    const scalar = scalarSchema(def)
    const list: readonly string[] = OPERATORS[def.type].filter(isListOperator)
    return {
      if: { properties: { fact: { enum: facts } }, required: ['fact'] },
      then: {
        properties: { operator: { enum: [...OPERATORS[def.type]] } },
        if: { properties: { operator: { enum: list.length > 0 ? list : ['in'] } } },
        then: {
          properties: { value: { type: 'array', items: scalar, minItems: 1, maxItems: 100 } },
        },
        else: { properties: { value: scalar } },
      },
    }
  })
}

const localized = (maxLength: number) => ({
  type: 'object',
  properties: {
    en: { type: 'string', minLength: 1, maxLength },
    sv: { type: 'string', minLength: 1, maxLength },
    da: { type: 'string', minLength: 1, maxLength },
  },
  required: ['en', 'sv', 'da'],
  additionalProperties: false,
})
const text = localized(600)

const EVENT_PARAMS: Record<string, object> = {
  exclude: { type: 'object', maxProperties: 0 },
  substitute: { type: 'object', maxProperties: 0 },
  'cap-effort': {
    type: 'object',
    properties: { max: range(1, 10), maxHoldSec: range(5, 600), note: text },
    required: ['max'],
    additionalProperties: false,
  },
  advisory: {
    type: 'object',
    properties: { condition: { enum: [...CONDITIONS] }, text },
    required: ['text'],
    additionalProperties: false,
  },
  targets: {
    type: 'object',
    properties: {
      snacks: range(0, 12),
      doseSec: minMax(5, 600),
      rounds: range(1, 6),
      restSec: range(0, 600),
      effort: range(1, 10),
      focus: { enum: [...FOCUS, 'mixed'] },
      mobilitySnacks: range(0, 12),
      modifiers: { type: 'array', items: { enum: [...MODIFIERS] }, uniqueItems: true },
      bonusSec: range(0, 120),
      exercises: { type: 'array', items: id, maxItems: 50 },
      maxImpact: { enum: ['none', 'low', 'high'] },
      holdSec: minMax(5, 600),
      minActiveSec: range(0, 7200),
    },
    additionalProperties: false,
    minProperties: 1,
  },
  slots: {
    type: 'object',
    properties: {
      rrule: { type: 'string', minLength: 1, maxLength: 300 },
      window: { enum: ['waking', 'work'] },
      times: {
        type: 'array',
        items: time,
        minItems: 1,
        maxItems: 48,
        uniqueItems: true,
      },
      anchor: {
        enum: ['wake', 'bed', 'work-start', 'work-end', 'lunch', 'lunch-end', 'meal-end'],
      },
      offsetMin: {
        anyOf: [{ type: 'integer', minimum: -720, maximum: 720 }, minMax(-720, 720)],
      },
      everyMin: range(10, 720),
      item: { enum: ['snack', 'pause', 'active-pause', 'session'] },
      perWeek: range(1, 7),
      focus: { enum: [...FOCUS] },
      exercise: id,
      exercises: {
        type: 'array',
        items: id,
        minItems: 1,
        maxItems: 20,
      },
      doseSec: range(5, 3600),
      rounds: range(1, 6),
      restSec: range(0, 600),
    },
    additionalProperties: false,
    dependentRequired: { everyMin: ['anchor'] },
    oneOf: [
      { required: ['rrule'], not: { anyOf: [{ required: ['times'] }, { required: ['anchor'] }] } },
      { required: ['times'], not: { anyOf: [{ required: ['rrule'] }, { required: ['anchor'] }] } },
      { required: ['anchor'], not: { anyOf: [{ required: ['rrule'] }, { required: ['times'] }] } },
    ],
  },
  cue: {
    type: 'object',
    properties: {
      text,
      exercise: id,
      doseSec: range(5, 600),
    },
    required: ['text'],
    additionalProperties: false,
  },
  bounds: {
    type: 'object',
    properties: {
      snackSec: minMax(5, 600),
      daySec: {
        type: 'object',
        properties: { max: range(0, 7200) },
        required: ['max'],
        additionalProperties: false,
      },
      holdSec: minMax(5, 600),
      minGapMin: range(0, 720),
      maxSnacks: range(0, 24),
      warmupSec: range(0, 60),
      warmupFromEffort: range(1, 10),
    },
    additionalProperties: false,
    minProperties: 1,
  },
}

const condition = {
  type: 'object',
  properties: {
    all: { type: 'array', items: { $ref: '#/$defs/condition' }, minItems: 1, maxItems: 100 },
    any: { type: 'array', items: { $ref: '#/$defs/condition' }, minItems: 1, maxItems: 100 },
    not: { $ref: '#/$defs/condition' },
    fact: {
      anyOf: [
        { enum: [...FACT_NAMES] },
        // Facts that plugins register; checked against the planner's registry.
        { type: 'string', pattern: '^plugin\\.[a-z0-9-]+\\.[A-Za-z0-9]+$' },
      ],
    },
    operator: { enum: [...new Set(Object.values(OPERATORS).flat())] },
    value: {},
  },
  additionalProperties: false,
  oneOf: [
    { required: ['all'], maxProperties: 1 },
    { required: ['any'], maxProperties: 1 },
    { required: ['not'], maxProperties: 1 },
    { required: ['fact', 'operator', 'value'], maxProperties: 3 },
  ],
  allOf: factRules(),
}

/** JSON Schema (2020-12) for a rule-set document, built from the fact registry. */
export const ruleSetSchema = {
  $id: 'https://snackplan.dev/schema/rules.schema.json',
  title: 'snackplan rule set',
  type: 'object',
  properties: {
    $schema: { type: 'string', maxLength: 200 },
    id: { ...id, minLength: 2, maxLength: 64 },
    version: { type: 'string', minLength: 1, maxLength: 32 },
    rules: {
      type: 'array',
      maxItems: MAX_RULES,
      items: {
        type: 'object',
        properties: {
          name: { ...id, minLength: 2, maxLength: 80 },
          title: localized(120),
          priority: { type: 'integer', minimum: 1, maximum: 100 },
          conditions: {
            allOf: [
              { $ref: '#/$defs/condition' },
              { anyOf: [{ required: ['all'] }, { required: ['any'] }, { required: ['not'] }] },
            ],
          },
          event: {
            type: 'object',
            properties: {
              type: { enum: Object.keys(EVENT_PARAMS) },
              params: { type: 'object' },
            },
            required: ['type'],
            additionalProperties: false,
            allOf: Object.entries(EVENT_PARAMS).map(([type, params]) => ({
              if: { properties: { type: { const: type } }, required: ['type'] },
              then: { properties: { params } },
            })),
          },
        },
        required: ['name', 'conditions', 'event'],
        additionalProperties: false,
      },
    },
  },
  required: ['id', 'version', 'rules'],
  additionalProperties: false,
  $defs: { condition },
} as const
