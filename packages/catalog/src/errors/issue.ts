/**
 * One problem found in an input document.
 *
 * @remarks `path` is a JSON pointer (RFC 6901) into the document, `""` for the
 * whole document. `code` is stable across releases; `message` is for people.
 */
export interface SnackplanIssue {
  /** Stable, e.g. `schema/required` or `catalog/id-conflict`; match on this. */
  code: string
  /** JSON pointer to the offending value, `""` for the whole document. */
  path: string
  /** Readable explanation, for people. */
  message: string
}

/** The result of a `check*` function: never throws for bad input. */
export type CheckResult<T> =
  | {
      /** The input passed every check. */
      ok: true
      /** The checked, loaded value. */
      value: T
      /** Problems that do not stop the input from loading. */
      warnings: SnackplanIssue[]
    }
  | {
      /** The input failed at least one check. */
      ok: false
      /** Every problem found, bounded in number. */
      errors: SnackplanIssue[]
      /** Problems that would not have stopped the input on their own. */
      warnings: SnackplanIssue[]
    }

/** Escapes one JSON pointer token (RFC 6901: `~` -> `~0`, `/` -> `~1`). */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1')
}

/** Joins tokens into a JSON pointer: `pointer('exercises', 3, 'dose')` -> `/exercises/3/dose`. */
export function pointer(...tokens: (string | number)[]): string {
  return tokens.map((t) => `/${escapePointerToken(t)}`).join('')
}

/**
 * The node a JSON pointer (RFC 6901: `/a/0/b`, `~1` for `/`, `~0` for `~`)
 * names in a document, following own properties only; `undefined` when
 * there is none.
 *
 * @example resolvePointer({ a: [{ 'x/y': 1 }] }, '/a/0/x~1y') === 1
 */
export function resolvePointer(root: unknown, path: string): unknown {
  let node = root
  if (path === '') return node
  for (const raw of path.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (!Object.hasOwn(node, key)) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

/**
 * Indexes of the items of the array at `/<key>` that have at least one
 * issue: the items whose own shape is wrong, which semantic checks skip so
 * that the rest of a document is still checked in the same call.
 */
export function itemsWithIssues(issues: readonly SnackplanIssue[], key: string): Set<number> {
  const prefix = `/${escapePointerToken(key)}/`
  const out = new Set<number>()
  for (const { path } of issues) {
    if (!path.startsWith(prefix)) continue
    const index = /^\d+/.exec(path.slice(prefix.length))
    if (index) out.add(Number(index[0]))
  }
  return out
}
