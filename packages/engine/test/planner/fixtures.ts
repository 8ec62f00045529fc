import {
  type CatalogDocument,
  defaultCatalog,
  EXERCISE_KINDS,
  type ExerciseEntry,
  loadCatalog,
  SETTINGS,
} from '@snackplan/catalog'
import fc from 'fast-check'
import type { Fired } from '../../src/evaluate/engine'
import type { StepDownCause } from '../../src/facts/compute'
import type { Wish } from '../../src/planner/choose'
import type { Rule, RuleEvent, RuleSet } from '../../src/rules/types'
import type { Profile } from '../../src/types/profile'

const text = (s: string) => ({ en: s, sv: s, da: s })

/** A catalog entry with plain defaults; override what a test is about. */
export function entry(id: string, over: Partial<ExerciseEntry> = {}): ExerciseEntry {
  return {
    id,
    name: text(id),
    cues: text(`Do ${id}.`),
    safety: text('Stop on sharp pain.'),
    kind: 'strength',
    impact: 'low',
    dose: { unit: 'seconds', min: 20, default: 45, max: 60, perSide: false },
    effort: { min: 3, target: 6, max: 8 },
    settings: ['office', 'home', 'outdoor', 'travel'],
    discreet: false,
    equipment: [],
    loads: ['knee'],
    position: 'standing',
    progressions: [],
    ...over,
  }
}

/** A loaded catalog of the given entries. */
export function catalogOf(...exercises: ExerciseEntry[]) {
  const doc: CatalogDocument = { id: 'test-catalog', version: '1.0.0', exercises }
  return loadCatalog(doc)
}

/** A rule set of the given rules. */
export function ruleSet(...rules: Rule[]): RuleSet {
  return { id: 'custom', version: '1.0.0', rules }
}

/** A rule that always fires on non-rest days. */
export function always(name: string, event: RuleEvent, priority?: number): Rule {
  return {
    name,
    ...(priority === undefined ? {} : { priority }),
    conditions: { all: [{ fact: 'day.type', operator: 'notEqual', value: 'rest' }] },
    event,
  }
}

/** A fired event as the rule groups return it. */
export function fired<E extends RuleEvent>(
  rule: string,
  event: E,
  priority = 1,
  order = 0,
): Fired<E> {
  return { rule, priority, order, event }
}

/** An office worker in Stockholm with nothing special about them. */
export function baseProfile(over: Partial<Profile> = {}): Profile {
  const office = {
    type: 'office' as const,
    work: ['08:00', '17:00'] as [string, string],
    lunch: '12:00',
  }
  return {
    id: 'p',
    locale: 'en',
    timeZone: 'Europe/Stockholm',
    programStart: '2026-11-23',
    level: 'intermediate',
    conditions: [],
    equipment: ['chair', 'stairs', 'band', 'dumbbell', 'jump-rope', 'bike', 'step', 'desk', 'hill'],
    wake: '06:00',
    bed: '23:00',
    days: {
      mon: office,
      tue: office,
      wed: { type: 'home' },
      thu: office,
      fri: { type: 'travel' },
      sat: { type: 'outdoor' },
      sun: { type: 'rest' },
    },
    ...over,
  }
}

/** A snack's wish at the office, 30-60 s within the 20-90 s bounds; override what a test is about. */
export function wishOf(over: Partial<Wish> = {}): Wish {
  return {
    focus: undefined,
    preferred: [],
    setting: 'office',
    discreet: false,
    doseSec: { min: 30, max: 60 },
    limitSec: { min: 20, max: 90 },
    ...over,
  }
}

/** The default catalog's exercise ids. */
export const catalogIds = defaultCatalog.exercises.map((e) => e.id)
const range = (lo: number, hi: number) =>
  fc
    .tuple(fc.integer({ min: lo, max: hi }), fc.integer({ min: lo, max: hi }))
    .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }))
/** Any wish over the default catalog: every field, each optional one present or not. */
export const arbitraryWish: fc.Arbitrary<Wish> = fc.record(
  {
    focus: fc.constantFrom(undefined, 'cardio', 'strength', 'mobility'),
    preferred: fc.array(
      fc.record({
        id: fc.constantFrom(...catalogIds),
        strong: fc.boolean(),
        rule: fc.constant('r'),
      }),
      { maxLength: 3 },
    ),
    setting: fc.constantFrom(...SETTINGS),
    discreet: fc.boolean(),
    doseSec: fc.oneof(fc.constantFrom({ min: 30, max: 60 }), range(5, 400)),
    askedSec: fc.constantFrom(10, 15, 20, 90, 120, 300),
    limitSec: fc.oneof(fc.constantFrom({ min: 20, max: 90 }), range(10, 400)),
    kinds: fc.subarray([...EXERCISE_KINDS], { minLength: 1 }),
    maxImpact: fc.constantFrom('none', 'low', 'high'),
    holdSec: fc.record({ limit: range(5, 60), target: range(5, 60) }),
    stepped: fc
      .subarray(catalogIds.slice(0, 12), { maxLength: 4 })
      .map((some) => new Map<string, StepDownCause>(some.map((id) => [id, 'pain']))),
  },
  { requiredKeys: ['focus', 'preferred', 'setting', 'discreet', 'doseSec', 'limitSec'] },
) as fc.Arbitrary<Wish>
