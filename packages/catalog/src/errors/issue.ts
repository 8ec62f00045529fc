/**
 * One problem found in an input document.
 *
 * @remarks `path` is a JSON pointer (RFC 6901) into the document, `""` for the
 * whole document. `code` is stable across releases; `message` is for people.
 */
export interface SnackplanIssue {
  code: string
  path: string
  message: string
}

/** The result of a `check*` function: never throws for bad input. */
export type CheckResult<T> =
  | { ok: true; value: T; warnings: SnackplanIssue[] }
  | { ok: false; errors: SnackplanIssue[]; warnings: SnackplanIssue[] }

/** Escapes one JSON pointer token (RFC 6901: `~` -> `~0`, `/` -> `~1`). */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1')
}

/** Joins tokens into a JSON pointer: `pointer('exercises', 3, 'dose')` -> `/exercises/3/dose`. */
export function pointer(...tokens: (string | number)[]): string {
  return tokens.map((t) => `/${escapePointerToken(t)}`).join('')
}
