import type { SnackplanIssue } from './issue'
import { escapePointerToken } from './issue'

/** The part of an ajv error object snackplan reads. */
export interface SchemaError {
  /** JSON pointer to the value that failed, as ajv reports it. */
  instancePath: string
  /** The JSON Schema keyword that failed, e.g. `required`; decides the issue code. */
  keyword: string
  /** The keyword's details, e.g. `missingProperty`. */
  params: Record<string, unknown>
  /** ajv's message, used only for keywords snackplan has no message for. */
  message?: string
}

const list = (values: unknown) =>
  Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join(', ') : String(values)

/**
 * Turns ajv errors into snackplan issues: stable `schema/<keyword>` codes,
 * paths that point at the offending key (not its parent), readable messages.
 *
 * @remarks For packages that ship their own precompiled ajv validators.
 */
export function issuesFromSchemaErrors(errors: readonly SchemaError[]): SnackplanIssue[] {
  const seen = new Set<string>()
  const issues: SnackplanIssue[] = []
  for (const e of errors) {
    const issue = toIssue(e)
    const key = `${issue.code} ${issue.path}`
    if (seen.has(key)) continue
    seen.add(key)
    issues.push(issue)
  }
  return issues
}

function toIssue(e: SchemaError): SnackplanIssue {
  const at = e.instancePath
  const p = e.params
  switch (e.keyword) {
    case 'required':
      return {
        code: 'schema/required',
        path: `${at}/${escapePointerToken(String(p.missingProperty))}`,
        message: `"${String(p.missingProperty)}" is required`,
      }
    case 'additionalProperties':
      return {
        code: 'schema/unknown-key',
        path: `${at}/${escapePointerToken(String(p.additionalProperty))}`,
        message: `unknown key "${String(p.additionalProperty)}"`,
      }
    case 'enum':
      return { code: 'schema/enum', path: at, message: `must be one of ${list(p.allowedValues)}` }
    case 'const':
      return {
        code: 'schema/const',
        path: at,
        message: `must be ${JSON.stringify(p.allowedValue)}`,
      }
    case 'type':
      return { code: 'schema/type', path: at, message: `must be ${list(p.type)}` }
    case 'pattern':
      return { code: 'schema/pattern', path: at, message: `must match ${String(p.pattern)}` }
    case 'minLength':
      return p.limit === 1
        ? { code: 'schema/empty', path: at, message: 'must not be empty' }
        : { code: 'schema/too-short', path: at, message: `must be at least ${p.limit} characters` }
    case 'maxLength':
      return { code: 'schema/too-long', path: at, message: `must be at most ${p.limit} characters` }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { code: 'schema/range', path: at, message: `must be ${p.comparison} ${p.limit}` }
    case 'minItems':
      return { code: 'schema/too-few', path: at, message: `must have at least ${p.limit} items` }
    case 'maxItems':
      return { code: 'schema/too-many', path: at, message: `must have at most ${p.limit} items` }
    case 'uniqueItems': {
      // ajv scans from the end, so i and j come in either order: point at the later copy.
      const [first, later] = [Number(p.i), Number(p.j)].sort((a, b) => a - b)
      return {
        code: 'schema/duplicate-item',
        path: `${at}/${later}`,
        message: `duplicates item ${first}`,
      }
    }
    default:
      return { code: `schema/${e.keyword}`, path: at, message: e.message ?? 'is invalid' }
  }
}
