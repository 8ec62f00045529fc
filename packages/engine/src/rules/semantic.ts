import {
  didYouMean,
  isSnackplanError,
  pointer,
  type SnackplanIssue,
  showTyped,
  showValue,
} from '@snackplan/catalog'
import { FACTS, type FactDefinition, isListOperator, OPERATORS } from '../facts/registry'
import { parseLocalRRule } from '../time'
import { EVENT_KINDS } from './kinds'
import { ruleSetSchema } from './schema'
import type { RuleSet } from './types'
import { forEachLeaf } from './walk'

// Event types whose params schema asks for something (a required key, at
// least one key, one of several shapes), read from the schema itself.
const PARAMS_REQUIRED: ReadonlySet<string> = new Set(
  ruleSetSchema.properties.rules.items.properties.event.allOf.flatMap((branch) => {
    const params = branch.then.properties.params as Record<string, unknown>
    return 'required' in params || 'minProperties' in params || 'oneOf' in params
      ? [branch.if.properties.type.const]
      : []
  }),
)

/** Extra facts a planner knows besides the built-in registry (from plugins). */
export type ExtraFacts = ReadonlyMap<string, FactDefinition>

/**
 * Checks what the schema cannot: unique rule names, facts that fit the
 * event's kind, known plugin facts, valid RRULEs and ordered ranges.
 */
export function ruleSetIssues(
  set: RuleSet,
  extraFacts: ExtraFacts = new Map(),
  /** Indexes of rules that failed the schema: their shape cannot be trusted. */
  skip: ReadonlySet<number> = new Set(),
): SnackplanIssue[] {
  const errors: SnackplanIssue[] = []
  const names = new Map<string, number>()
  set.rules.forEach((rule, i) => {
    if (skip.has(i)) {
      // Still claim its name, so a later rule with the same name is reported.
      if (typeof (rule as { name?: unknown })?.name === 'string' && !names.has(rule.name))
        names.set(rule.name, i)
      return
    }
    const at = (...t: (string | number)[]) => pointer('rules', i, ...t)
    const first = names.get(rule.name)
    if (first !== undefined) {
      errors.push({
        code: 'rules/duplicate-name',
        path: at('name'),
        message: `rule name "${rule.name}" is already used by /rules/${first}`,
      })
    } else names.set(rule.name, i)

    const kind = EVENT_KINDS[rule.event.type]
    forEachLeaf(rule.conditions, at('conditions'), (leaf, path) => {
      const def: FactDefinition | undefined =
        (FACTS as Record<string, FactDefinition>)[leaf.fact] ?? extraFacts.get(leaf.fact)
      if (!def) {
        errors.push({
          code: 'rules/unknown-fact',
          path: `${path}/fact`,
          message: `unknown fact ${showValue(leaf.fact)} (no plugin registers it)${didYouMean(leaf.fact, [...extraFacts.keys()])}`,
        })
      } else if (!kind.scopes.includes(def.scope)) {
        errors.push({
          code: 'rules/fact-not-allowed',
          path: `${path}/fact`,
          message: `"${rule.event.type}" rules (${kind.kind}, evaluated per ${kind.per}) cannot use ${def.scope}.* facts; allowed: ${kind.scopes.map((s) => `${s}.*`).join(', ')}`,
        })
      } else if (extraFacts.has(leaf.fact)) {
        // The schema types built-in facts; plugin facts are typed here.
        const issue = leafTypeIssue(def, leaf.operator, leaf.value)
        if (issue)
          errors.push({ code: issue.code, path: `${path}/${issue.at}`, message: issue.message })
      }
    })

    const ev = rule.event
    if (ev.params === undefined && PARAMS_REQUIRED.has(ev.type)) {
      // The schema types params when they are there; these events need them.
      errors.push({
        code: 'schema/required',
        path: at('event', 'params'),
        message: `"params" is required for "${ev.type}" events`,
      })
      return
    }
    if (ev.type === 'slots') {
      if (ev.params.rrule !== undefined) {
        try {
          parseLocalRRule(ev.params.rrule, at('event', 'params', 'rrule'))
        } catch (e) {
          if (!isSnackplanError(e)) throw e
          errors.push(...e.errors)
        }
      }
      const off = ev.params.offsetMin
      if (typeof off === 'object' && off.min > off.max) {
        errors.push({
          code: 'rules/range-order',
          path: at('event', 'params', 'offsetMin'),
          message: 'offsetMin.min must not be above offsetMin.max',
        })
      }
      if (ev.params.window !== undefined && ev.params.rrule === undefined) {
        errors.push({
          code: 'rules/window-without-rrule',
          path: at('event', 'params', 'window'),
          message: 'window applies to rrule slots only',
        })
      }
      if (ev.params.offsetMin !== undefined && ev.params.anchor === undefined) {
        errors.push({
          code: 'rules/offset-without-anchor',
          path: at('event', 'params', 'offsetMin'),
          message: 'offsetMin applies to anchor slots only',
        })
      }
    }
    const ranges: [string, { min: number; max: number } | undefined][] =
      ev.type === 'targets'
        ? [['doseSec', ev.params.doseSec]]
        : ev.type === 'bounds'
          ? [['snackSec', ev.params.snackSec]]
          : []
    for (const [key, r] of ranges) {
      if (r && r.min > r.max) {
        errors.push({
          code: 'rules/range-order',
          path: at('event', 'params', key),
          message: `${key}.min must not be above ${key}.max`,
        })
      }
    }
  })
  return errors
}

function leafTypeIssue(
  def: FactDefinition,
  operator: string,
  value: unknown,
): { code: string; at: string; message: string } | undefined {
  const ops: readonly string[] = OPERATORS[def.type]
  if (!ops.includes(operator)) {
    return {
      code: 'schema/enum',
      at: 'operator',
      message: `must be one of ${ops.map((o) => JSON.stringify(o)).join(', ')}, got ${showValue(operator)}${didYouMean(operator, ops)}`,
    }
  }
  const scalar = def.type === 'string[]' ? 'string' : def.type
  const fits = (v: unknown) =>
    typeof v === scalar && (scalar !== 'string' || !def.values || def.values.includes(v as string))
  const ok = isListOperator(operator)
    ? Array.isArray(value) && value.length > 0 && value.every(fits)
    : fits(value)
  return ok
    ? undefined
    : {
        code: 'schema/type',
        at: 'value',
        message: `must be ${isListOperator(operator) ? `a list of ${scalar}` : scalar}${def.values ? ` (one of ${def.values.join(', ')})` : ''}, got ${showTyped(value)}${def.values ? didYouMean(value, def.values) : ''}`,
      }
}
