import type { SnackplanIssue } from '../errors/issue'
import { cleanDocument } from '../text/document'
import { parseJsonText } from './json'
import { checkLimits, checkListLengths, DEFAULT_LIMITS, type InputLimits } from './limits'

/** The most errors one check reports; more are summarised in one last issue. */
export const MAX_ERRORS = 50

/**
 * Accepts JSON text or an already parsed value, checks the size limits, and
 * returns the value or the issues that stopped it. Text may start with a
 * byte order mark; bad text is a `json/parse` issue with line and column.
 */
export function readJsonInput(
  input: unknown,
  limits: InputLimits = DEFAULT_LIMITS,
  /** Most items of top-level lists (see {@link checkListLengths}), checked first of all. */
  lists: Readonly<Record<string, number>> = {},
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
    const parsed = parseJsonText(input)
    if (!parsed.ok) return { value: undefined, errors: [parsed.issue] }
    value = parsed.value
  }
  const tooMany = checkListLengths(value, lists)
  return { value, errors: tooMany.length > 0 ? tooMany : checkLimits(value, limits) }
}

/**
 * Caps a list of issues at {@link MAX_ERRORS}, saying how many were left
 * out, or (`counted: false`, when checking stopped early) that more were;
 * cuts each message at {@link MAX_MESSAGE} characters.
 */
export function boundIssues(
  issues: SnackplanIssue[],
  max = MAX_ERRORS,
  counted = true,
): SnackplanIssue[] {
  // A message may quote what it is about; hostile input must not make it long.
  const shown = issues
    .slice(0, max)
    .map((i) =>
      i.message.length > MAX_MESSAGE
        ? { ...i, message: `${i.message.slice(0, MAX_MESSAGE - 3)}...` }
        : i,
    )
  if (issues.length <= max && counted) return shown
  const message = counted
    ? `${issues.length - max} more errors not shown`
    : `more errors not shown: checking stopped after ${max}`
  return [...shown, { code: 'limit/errors', path: '', message }]
}

/** Longest message an issue keeps; longer ones are cut (see {@link boundIssues}). */
export const MAX_MESSAGE = 500

/**
 * A copy of a JSON value with every string and key in the text policy's
 * form (NFC, TAB as a space); see {@link cleanDocument} for the checks too.
 */
export function normalizeText<T>(value: T): T {
  return cleanDocument(value).value
}

/** Freezes a value and everything inside it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}
