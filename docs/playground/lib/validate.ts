import type { CheckResult, SnackplanIssue } from '@snackplan/catalog'
import { rangeOfPointer, type TextRange } from './pointer'

/** One problem in an editor's text, placed at its JSON pointer. */
export interface TextIssue extends SnackplanIssue, TextRange {
  /** Errors stop the plan from updating; warnings do not. */
  severity: 'error' | 'warning'
}

/** What checking an editor's text found. */
export type TextCheck<T> =
  | {
      /** The text parsed and passed every check. */
      ok: true
      /** The checked value. */
      value: T
      /** Warnings, placed in the text. */
      issues: TextIssue[]
    }
  | {
      /** Something stops the text from being used. */
      ok: false
      /** Errors and warnings, placed in the text. */
      issues: TextIssue[]
    }

function syntaxIssue(text: string, error: unknown): TextIssue {
  const message = error instanceof Error ? error.message : String(error)
  // V8 says "... at position N" (or "line L column C" in newer versions).
  const at = /position (\d+)/.exec(message)
  const lineCol = /line (\d+) column (\d+)/.exec(message)
  let from = at ? Number(at[1]) : text.length
  if (!at && lineCol) {
    const lines = text.split('\n').slice(0, Number(lineCol[1]) - 1)
    from = lines.reduce((n, l) => n + l.length + 1, 0) + Number(lineCol[2]) - 1
  }
  from = Math.min(Math.max(from, 0), Math.max(text.length - 1, 0))
  return {
    code: 'json/syntax',
    path: '',
    message,
    severity: 'error',
    from,
    to: Math.min(from + 1, text.length),
  }
}

/**
 * Parses an editor's text and runs a snackplan `check*` function on it (the
 * shipped JSON Schema through its precompiled validator, then the semantic
 * checks), placing every error and warning at its JSON pointer path.
 */
export function checkText<T>(
  text: string,
  check: (value: unknown) => CheckResult<T>,
): TextCheck<T> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { ok: false, issues: [syntaxIssue(text, error)] }
  }
  const result = check(value)
  const place = (issue: SnackplanIssue, severity: TextIssue['severity']): TextIssue => ({
    ...issue,
    severity,
    ...rangeOfPointer(text, issue.path),
  })
  const warnings = result.warnings.map((w) => place(w, 'warning'))
  if (!result.ok)
    return { ok: false, issues: [...result.errors.map((e) => place(e, 'error')), ...warnings] }
  return { ok: true, value: result.value, issues: warnings }
}
