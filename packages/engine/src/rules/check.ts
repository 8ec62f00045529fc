import {
  boundIssues,
  type CheckResult,
  deepFreeze,
  issuesFromSchemaErrors,
  normalizeText,
  readJsonInput,
  SnackplanError,
} from '@snackplan/catalog'
import { validateRuleSet } from '../generated/rules-validator.js'
import { type ExtraFacts, ruleSetIssues } from './semantic'
import { tidyConditionIssues } from './tidy'
import type { RuleSet } from './types'

/** Options for {@link checkRuleSet}. */
export interface CheckRuleSetOptions {
  /** Facts registered by plugins, so rules may use them. */
  extraFacts?: ExtraFacts
}

/**
 * Validates a rule-set document (JSON text or a value): size limits, the JSON
 * Schema built from the fact registry, then semantic checks. Reports every
 * problem at once, each with a code, JSON pointer and message.
 */
export function checkRuleSet(
  input: unknown,
  options: CheckRuleSetOptions = {},
): CheckResult<RuleSet> {
  const read = readJsonInput(input)
  if (read.errors.length > 0) return { ok: false, errors: read.errors, warnings: [] }
  if (!validateRuleSet(read.value)) {
    const raw = issuesFromSchemaErrors(validateRuleSet.errors ?? []).filter(
      // if/then and oneOf report again what their branches already said.
      (e) => e.code !== 'schema/if' && e.code !== 'schema/oneOf' && e.code !== 'schema/anyOf',
    )
    const errors = tidyConditionIssues(read.value, raw)
    return {
      ok: false,
      errors: boundIssues(
        errors.length > 0 ? errors : issuesFromSchemaErrors(validateRuleSet.errors ?? []),
      ),
      warnings: [],
    }
  }
  const set = normalizeText(read.value as RuleSet)
  const errors = ruleSetIssues(set, options.extraFacts)
  if (errors.length > 0) return { ok: false, errors: boundIssues(errors), warnings: [] }
  return { ok: true, value: deepFreeze(set), warnings: [] }
}

/** Like {@link checkRuleSet} but returns the rule set or throws a SnackplanError. */
export function loadRuleSet(input: unknown, options: CheckRuleSetOptions = {}): RuleSet {
  const result = checkRuleSet(input, options)
  if (!result.ok) throw new SnackplanError(result.errors, 'rules')
  return result.value
}
