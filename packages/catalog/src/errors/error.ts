import type { SnackplanIssue } from './issue'

const BRAND = Symbol.for('snackplan.error')

/**
 * The one error type snackplan throws for bad input.
 *
 * @remarks `code`, `path` and `message` describe the first problem; `errors`
 * lists all of them (bounded). Identify it with {@link isSnackplanError}, not
 * `instanceof`: every package ships an ESM and a CJS build, each with its own
 * copy of this class, so `e instanceof SnackplanError` is false when the error
 * was thrown by the other build (an ESM app using a CJS-only dependency that
 * calls snackplan, say) or by a second installed version.
 * `isSnackplanError(e)` is true for all of them.
 */
export class SnackplanError extends Error {
  /** Always `'SnackplanError'`. */
  override readonly name = 'SnackplanError'
  /** The first problem's stable code. */
  readonly code: string
  /** The first problem's JSON pointer. */
  readonly path: string
  /** Every problem found, first one included (bounded). */
  readonly errors: readonly SnackplanIssue[]
  /** Brand that {@link isSnackplanError} tests, shared by every copy of the package. */
  readonly [BRAND] = true

  /**
   * @param errors - Every problem found; the first one makes the message.
   * @param source - Where it comes from, shown as `[snackplan] [<source>]` in the message.
   */
  constructor(errors: readonly SnackplanIssue[], source = 'snackplan') {
    const first = errors[0] ?? { code: 'unknown', path: '', message: 'unknown error' }
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''
    super(`[snackplan] [${source}] ${first.path || '/'}: ${first.message}${more}`)
    this.code = first.code
    this.path = first.path
    this.errors = Object.freeze([...errors])
  }
}

/** True for any SnackplanError, from any copy of the package. */
export function isSnackplanError(value: unknown): value is SnackplanError {
  return (
    typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true
  )
}
