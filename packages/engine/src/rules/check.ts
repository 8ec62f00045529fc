import {
  boundIssues,
  type CheckResult,
  cleanDocument,
  DEFAULT_LIMITS,
  deepFreeze,
  itemsWithIssues,
  MAX_ERRORS,
  readJsonInput,
  SnackplanError,
  type SnackplanIssue,
  validateSchema,
} from '@snackplan/catalog'
import { validateRuleSet } from '../generated/rules-validator.js'
import { MAX_RULES } from './limits'
import { ruleSetSchema } from './schema'
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
 * Schema built from the fact registry, then the text policy (see
 * `cleanText`) and semantic checks. Reports every problem at once, each
 * with a code, JSON pointer and message.
 *
 * @remarks A set this function returned (checked without plugin facts) is
 * deeply frozen, so it comes back as it is without being checked again; a
 * copy of it is checked like any document.
 */
export function checkRuleSet(
  input: unknown,
  options: CheckRuleSetOptions = {},
): CheckResult<RuleSet> {
  if (isCheckedRuleSet(input)) return { ok: true, value: input, warnings: [] }
  // Lists longer than the schema allows are refused before anything walks them.
  const read = readJsonInput(input, DEFAULT_LIMITS, { rules: MAX_RULES })
  if (read.errors.length > 0) return { ok: false, errors: read.errors, warnings: [] }
  const schema = validateSchema(validateRuleSet, read.value, ['rules'], ruleSetSchema)
  let schemaErrors: SnackplanIssue[] = schema.issues
  if (schema.issues.length > 0) {
    const raw = schema.issues.filter(
      // if/then and oneOf report again what their branches already said.
      (e) => e.code !== 'schema/if' && e.code !== 'schema/oneOf' && e.code !== 'schema/anyOf',
    )
    const tidy = tidyConditionIssues(read.value, raw)
    if (tidy.length > 0) schemaErrors = tidy
  }
  const value = read.value as { rules?: unknown }
  if (
    !schema.complete ||
    typeof value !== 'object' ||
    value === null ||
    !Array.isArray(value.rules)
  ) {
    return {
      ok: false,
      errors: boundIssues(schemaErrors, MAX_ERRORS, schema.complete),
      warnings: [],
    }
  }
  // Rules whose own shape is wrong skip the semantic checks; the others are
  // still checked, so one call reports every mistake.
  const broken = itemsWithIssues(schemaErrors, 'rules')
  const { value: set, issues: textIssues } = cleanDocument(value as RuleSet)
  const errors = [...schemaErrors, ...textIssues, ...ruleSetIssues(set, options.extraFacts, broken)]
  if (errors.length > 0) return { ok: false, errors: boundIssues(errors), warnings: [] }
  const checked = deepFreeze(set)
  // Facts of the built-in registry come before plugin facts (see
  // ruleSetIssues), so a set that passed with no plugin facts passes with
  // any; one that needed plugin facts must be checked against them again.
  if (options.extraFacts === undefined || options.extraFacts.size === 0) passed.add(checked)
  return { ok: true, value: checked, warnings: [] }
}

/**
 * Rule sets this process has seen pass {@link checkRuleSet} with no plugin
 * facts: each is the deeply frozen copy the check returned, so it cannot
 * have changed since, and checking it again (as every `createPlanner` does
 * with `defaultRules`) would give the same verdict. A copy, frozen or not,
 * is a different object and is checked as usual.
 */
const passed = new WeakSet<object>()

const isCheckedRuleSet = (input: unknown): input is RuleSet =>
  typeof input === 'object' && input !== null && passed.has(input)

/**
 * Freezes a rule set this package ships and counts it as checked, without
 * running the checks at import. Only for data a test proves equal to what
 * {@link checkRuleSet} returns for it (see `test/rules/checked-once.test.ts`).
 *
 * @internal
 */
export function trustedRuleSet(document: object): RuleSet {
  // JSON imports widen literals to string, so the type comes from the test
  // that checks this very value, as the default catalog's does.
  const frozen = deepFreeze(document) as RuleSet
  passed.add(frozen)
  return frozen
}

/** Like {@link checkRuleSet} but returns the rule set or throws a SnackplanError. */
export function loadRuleSet(input: unknown, options: CheckRuleSetOptions = {}): RuleSet {
  const result = checkRuleSet(input, options)
  if (!result.ok) throw new SnackplanError(result.errors, 'rules')
  return result.value
}
