import type { FactScope } from '../facts/registry'
import type { RuleEventType } from './types'

/** What an event type is for, the facts its rules may test, and how often they run. */
export interface EventKind {
  /** The kind of rule the event belongs to. */
  kind: 'contraindication' | 'progression' | 'trigger' | 'limit'
  /** Safety rules: applied after the program and never loosened by it. */
  safety: boolean
  /** Fact scopes its rules may test (`rules/fact-not-allowed` otherwise). */
  scopes: readonly FactScope[]
  /** Evaluated once per this unit, never per candidate slot. */
  per: 'profile' | 'exercise' | 'day' | 'snack'
}

/** The event types, their kinds and the fact scopes they may use. */
export const EVENT_KINDS: Record<RuleEventType, EventKind> = {
  exclude: {
    kind: 'contraindication',
    safety: true,
    scopes: ['profile', 'exercise'],
    per: 'exercise',
  },
  substitute: {
    kind: 'contraindication',
    safety: true,
    scopes: ['profile', 'exercise'],
    per: 'exercise',
  },
  advisory: { kind: 'contraindication', safety: true, scopes: ['profile'], per: 'profile' },
  'cap-effort': {
    kind: 'limit',
    safety: true,
    scopes: ['profile', 'exercise', 'day', 'program', 'slot'],
    per: 'snack',
  },
  bounds: { kind: 'limit', safety: true, scopes: ['profile', 'day', 'program'], per: 'day' },
  targets: {
    kind: 'progression',
    safety: false,
    scopes: ['profile', 'day', 'program', 'history'],
    per: 'day',
  },
  slots: { kind: 'trigger', safety: false, scopes: ['profile', 'day', 'program'], per: 'day' },
  cue: { kind: 'trigger', safety: false, scopes: ['profile', 'day', 'program'], per: 'day' },
}

/** Event types in a stable order. */
export const EVENT_TYPES = Object.keys(EVENT_KINDS) as RuleEventType[]
