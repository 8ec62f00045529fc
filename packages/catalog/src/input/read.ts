import type { SnackplanIssue } from '../errors/issue'
import { checkLimits, DEFAULT_LIMITS, type InputLimits } from './limits'

/** The most errors one check reports; more are summarised in one last issue. */
export const MAX_ERRORS = 50

/**
 * Accepts JSON text or an already parsed value, checks the size limits, and
 * returns the value or the issues that stopped it.
 */
export function readJsonInput(
  input: unknown,
  limits: InputLimits = DEFAULT_LIMITS,
): {
  /** The parsed value; `undefined` when the text was too large or not JSON. */
  value: unknown
  /** Limit and JSON syntax issues; empty when the value may be checked further. */
  errors: SnackplanIssue[]
} {
  let value = input
  if (typeof input === 'string') {
    if (input.length > limits.maxChars) {
      return {
        value: undefined,
        errors: [
          {
            code: 'limit/size',
            path: '',
            message: `document is larger than ${limits.maxChars} characters`,
          },
        ],
      }
    }
    try {
      value = JSON.parse(input)
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e)
      return {
        value: undefined,
        errors: [{ code: 'json/parse', path: '', message: `not valid JSON: ${detail}` }],
      }
    }
  }
  return { value, errors: checkLimits(value, limits) }
}

/** Caps a list of issues at {@link MAX_ERRORS}, saying how many were left out. */
export function boundIssues(issues: SnackplanIssue[], max = MAX_ERRORS): SnackplanIssue[] {
  if (issues.length <= max) return issues
  return [
    ...issues.slice(0, max),
    { code: 'limit/errors', path: '', message: `${issues.length - max} more errors not shown` },
  ]
}

/** NFC-normalises every string in a JSON value (keys too), returning a copy. */
export function normalizeText<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T
  if (Array.isArray(value)) return value.map(normalizeText) as T
  if (typeof value === 'object' && value !== null) {
    // fromEntries defines own properties, so a "__proto__" key stays a plain key.
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k.normalize('NFC'), normalizeText(v)]),
    ) as T
  }
  return value
}

/** Freezes a value and everything inside it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}
