import type { Catalog, LocalizedText } from '@snackplan/catalog'
import { pointer, SnackplanError, type SnackplanIssue } from '@snackplan/catalog'
import { RememberingGroup, type RuleMemory } from '../evaluate/remember'
import { FACT_NAMES, FACTS } from '../facts/registry'
import { EVENT_KINDS } from '../rules/kinds'
import type { Rule, RuleEvent, RuleSet } from '../rules/types'

// The facts that tell the catalog's exercises apart; contraindications are
// remembered for the whole catalog by the classes of every other fact.
const EXERCISE_FACTS: ReadonlySet<string> = new Set(
  FACT_NAMES.filter((name) => FACTS[name].scope === 'exercise'),
)

type EventOf<T extends RuleEvent['type']> = Extract<RuleEvent, { type: T }>

/** The rules of a planner, compiled into one json-rules-engine group per granularity. */
export interface Rulebook {
  /** exclude / substitute, per profile x exercise. */
  contraindications: RememberingGroup<EventOf<'exclude'> | EventOf<'substitute'>>
  /** advisory, once per plan. */
  advisories: RememberingGroup<EventOf<'advisory'>>
  /** targets, per day. */
  progression: RememberingGroup<EventOf<'targets'>>
  /** slots, per day. */
  triggers: RememberingGroup<EventOf<'slots'>>
  /** cue, per day (rest days included). */
  cues: RememberingGroup<EventOf<'cue'>>
  /** bounds, per day. */
  bounds: RememberingGroup<EventOf<'bounds'>>
  /** cap-effort, per chosen snack. */
  caps: RememberingGroup<EventOf<'cap-effort'>>
  /** Ids and versions of the sets, joined, for the plan. */
  id: string
  version: string
  /** Rule titles in en/sv/da, by rule id, for the rules that have one. */
  titles: ReadonlyMap<string, LocalizedText>
}

/**
 * Combines rule sets. The built-in safety rules come first and stay: a later
 * set may add rules but never replace one (a name used twice with different
 * content is an error; the identical rule twice is kept once).
 */
export function compileRulebook(
  sets: readonly RuleSet[],
  catalog: Catalog,
  memory?: RuleMemory,
): Rulebook {
  const byName = new Map<string, { rule: Rule; json: string; set: string }>()
  const issues: SnackplanIssue[] = []
  sets.forEach((set, s) => {
    set.rules.forEach((rule, i) => {
      const json = ruleJson(rule)
      const seen = byName.get(rule.name)
      if (seen && seen.json !== json) {
        issues.push({
          code: 'rules/duplicate-name',
          path: pointer('rules', i, 'name'),
          message: `rule "${rule.name}" of rule set "${set.id}" (set ${s}) has the name of a different rule in "${seen.set}"; rules are added, never replaced${EVENT_KINDS[seen.rule.event.type].safety ? ' (and that one is a safety rule)' : ''}: give it its own name`,
        })
      } else if (!seen) byName.set(rule.name, { rule, json, set: set.id })
      for (const [path, id] of referencedExercises(rule)) {
        if (!catalog.has(id)) {
          issues.push({
            code: 'rules/unknown-exercise',
            path: pointer('rules', i, 'event', 'params', ...path),
            message: `exercise "${id}" (rule set "${set.id}") is not in catalog "${catalog.id}"`,
          })
        }
      }
    })
  })
  if (issues.length > 0) throw new SnackplanError(issues, 'rules')
  const rules = [...byName.values()].map((r) => r.rule)
  const of = <T extends RuleEvent['type']>(label: string, ...types: T[]) =>
    new RememberingGroup<EventOf<T>>(
      label,
      rules.filter((r) => (types as string[]).includes(r.event.type)),
      memory,
      label === 'contraindications' ? EXERCISE_FACTS : undefined,
    )
  return {
    contraindications: of('contraindications', 'exclude', 'substitute'),
    advisories: of('advisories', 'advisory'),
    progression: of('progression', 'targets'),
    triggers: of('triggers', 'slots'),
    cues: of('cues', 'cue'),
    bounds: of('bounds', 'bounds'),
    caps: of('caps', 'cap-effort'),
    titles: new Map(rules.flatMap((r) => (r.title ? [[r.name, r.title] as const] : []))),
    id: sets.map((s) => s.id).join('+'),
    version: sets.map((s) => s.version).join('+'),
  }
}

// Checked rule sets are deeply frozen: each rule's JSON (to compare rules
// of one name) is written once, not on every createPlanner.
const jsonOfRule = new WeakMap<Rule, string>()
function ruleJson(rule: Rule): string {
  let json = jsonOfRule.get(rule)
  if (json === undefined) {
    json = JSON.stringify(rule)
    if (Object.isFrozen(rule)) jsonOfRule.set(rule, json)
  }
  return json
}

function referencedExercises(rule: Rule): [(string | number)[], string][] {
  const ev = rule.event
  const out: [(string | number)[], string][] = []
  if ((ev.type === 'slots' || ev.type === 'cue') && ev.params.exercise)
    out.push([['exercise'], ev.params.exercise])
  if ((ev.type === 'targets' || ev.type === 'slots') && ev.params.exercises)
    out.push(
      ...ev.params.exercises.map((id, k): [(string | number)[], string] => [['exercises', k], id]),
    )
  return out
}

/** Only the safety rules of a set (contraindications and limits). */
export function safetyRules(set: RuleSet): RuleSet {
  return {
    ...set,
    id: `${set.id}-safety`,
    rules: set.rules.filter((r) => EVENT_KINDS[r.event.type].safety),
  }
}
