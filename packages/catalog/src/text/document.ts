import { escapePointerToken, type SnackplanIssue } from '../errors/issue'
import { cleanText } from './policy'

/** What {@link cleanDocument} made of a document. */
export interface CleanedDocument<T> {
  /** A copy with every string and key in the policy's form. */
  value: T
  /** One issue per string or key holding a character the policy refuses. */
  issues: SnackplanIssue[]
}

/**
 * Applies {@link cleanText} (refuse mode) to every string and key of a JSON
 * value: returns a copy in the policy's form, and one issue per string that
 * holds a character the policy refuses, at that string's JSON pointer.
 */
export function cleanDocument<T>(value: T): CleanedDocument<T> {
  const issues: SnackplanIssue[] = []
  const visit = (v: unknown, path: string): unknown => {
    if (typeof v === 'string') {
      const { text, problem } = cleanText(v)
      if (problem) issues.push({ code: problem.code, path, message: `text ${problem.message}` })
      return text
    }
    if (Array.isArray(v)) return v.map((item, i) => visit(item, `${path}/${i}`))
    if (typeof v === 'object' && v !== null) {
      // fromEntries defines own properties, so a "__proto__" key stays a plain key.
      return Object.fromEntries(
        Object.entries(v).map(([k, item]) => {
          const at = `${path}/${escapePointerToken(k)}`
          const key = cleanText(k)
          if (key.problem) {
            issues.push({ code: key.problem.code, path: at, message: `key ${key.problem.message}` })
          }
          return [key.text, visit(item, at)]
        }),
      )
    }
    return v
  }
  return { value: visit(value, '') as T, issues }
}
