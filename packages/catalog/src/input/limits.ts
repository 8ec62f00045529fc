import { escapePointerToken, type SnackplanIssue } from '../errors/issue'

/** Bounds checked before any schema runs, so hostile input is refused fast. */
export interface InputLimits {
  /** Most characters of JSON text (or of the equivalent value). */
  maxChars: number
  /** Most values (objects, arrays, strings, numbers...) in the document. */
  maxNodes: number
  /** Deepest nesting. */
  maxDepth: number
  /** Longest single string. */
  maxString: number
  /**
   * Longest list. A schema reports each bad item, so one list of 100 000 of
   * them took seconds. Default (when left out) 5 000, the longest list a
   * document may hold (`feedback`).
   */
  maxItems?: number
  /** Most keys in one object; each unknown key is reported. Default (when left out) 1 000. */
  maxKeys?: number
  /**
   * Longest key. Keys end up in JSON pointers and messages, which must stay
   * readable. Default (when left out) 200.
   */
  maxKeyLength?: number
}

/** Defaults for catalog, profile and rule-set documents. */
export const DEFAULT_LIMITS: InputLimits = {
  maxChars: 4_000_000,
  maxNodes: 200_000,
  maxDepth: 32,
  maxString: 10_000,
  maxItems: 5_000,
  maxKeys: 1_000,
  maxKeyLength: 200,
}

/**
 * Walks a parsed JSON value once, stopping at the first bound it passes.
 * Strings count toward `maxChars` so an object input is bounded like text.
 */
export function checkLimits(
  value: unknown,
  limits: InputLimits = DEFAULT_LIMITS,
): SnackplanIssue[] {
  let nodes = 0
  let chars = 0
  const maxItems = limits.maxItems ?? 5_000
  const maxKeys = limits.maxKeys ?? 1_000
  const maxKeyLength = limits.maxKeyLength ?? 200
  const stack: { v: unknown; depth: number; path: string }[] = [{ v: value, depth: 0, path: '' }]
  while (stack.length > 0) {
    const { v, depth, path } = stack.pop()!
    nodes++
    if (nodes > limits.maxNodes) {
      return [limit('limit/nodes', '', `has more than ${limits.maxNodes} values`)]
    }
    if (depth > limits.maxDepth) {
      return [limit('limit/depth', path, `nests deeper than ${limits.maxDepth} levels`)]
    }
    if (typeof v === 'string') {
      if (v.length > limits.maxString) {
        return [limit('limit/string', path, `is longer than ${limits.maxString} characters`)]
      }
      chars += v.length
    } else if (Array.isArray(v)) {
      if (v.length > maxItems) {
        return [limit('limit/items', path, `is a list of more than ${maxItems} items`)]
      }
      for (let i = v.length - 1; i >= 0; i--) {
        stack.push({ v: v[i], depth: depth + 1, path: `${path}/${i}` })
      }
    } else if (typeof v === 'object' && v !== null) {
      const keys = Object.keys(v)
      if (keys.length > maxKeys) {
        return [limit('limit/keys', path, `has more than ${maxKeys} keys`)]
      }
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!
        if (k.length > maxKeyLength) {
          return [
            limit('limit/key-length', path, `has a key longer than ${maxKeyLength} characters`),
          ]
        }
        chars += k.length
        stack.push({
          v: (v as Record<string, unknown>)[k],
          depth: depth + 1,
          path: `${path}/${escapePointerToken(k)}`,
        })
      }
    }
    if (chars > limits.maxChars) {
      return [limit('limit/size', '', `is larger than ${limits.maxChars} characters`)]
    }
  }
  return []
}

function limit(code: string, path: string, what: string): SnackplanIssue {
  // The path is in `path`; the message names it only while it is short.
  const at = path === '' ? '' : path.length > 80 ? 'value ' : `value at ${path} `
  return { code, path, message: `document ${at}${what}` }
}

/**
 * Refuses a top-level list longer than its schema allows before the schema
 * runs: a schema checks (and reports on) every item of a list of thousands
 * first, which made refusing such a document take most of a second. The
 * issue is the one the schema would give (`schema/too-many`).
 *
 * @param maxima - Most items per top-level key, e.g. `{ rules: 500 }`.
 */
export function checkListLengths(
  value: unknown,
  maxima: Readonly<Record<string, number>>,
): SnackplanIssue[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return []
  const issues: SnackplanIssue[] = []
  for (const [key, max] of Object.entries(maxima)) {
    const list = (value as Record<string, unknown>)[key]
    if (Array.isArray(list) && list.length > max) {
      issues.push({
        code: 'schema/too-many',
        path: `/${escapePointerToken(key)}`,
        message: `must have at most ${max} items (has ${list.length})`,
      })
    }
  }
  return issues
}
