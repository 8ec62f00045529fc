import { showValue } from '../text/show'
import type { SnackplanIssue } from './issue'
import { escapePointerToken, resolvePointer } from './issue'
import { didYouMean, nearest } from './suggest'
import { orList, showTyped, typeWords } from './value'

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
  /** JSON pointer (`#/...`) to the failed keyword in the schema, as ajv reports it. */
  schemaPath?: string
}

/** What {@link issuesFromSchemaErrors} may read to word its messages. */
export interface SchemaErrorContext {
  /** The validated document: messages repeat the bad value. */
  document?: unknown
  /**
   * The schema: unknown keys get the nearest allowed key suggested, and a
   * `pattern` is described by its schema's `description` rather than shown.
   * A function picks the schema by the error's document path, for validators
   * whose error paths are relative to a referenced schema (catalog entries).
   */
  schema?: unknown
}

function schemaOf(e: SchemaError, context: SchemaErrorContext): unknown {
  return typeof context.schema === 'function'
    ? (context.schema as (instancePath: string) => unknown)(e.instancePath)
    : context.schema
}

/**
 * The node an ajv schema path names: `#/a/b`, or `https://.../x.schema.json/a/b`
 * for a path into a referenced schema. Only schema paths carry such a
 * prefix: a document's keys may hold `#` or `.json` and are read as they are.
 */
function resolveSchemaPath(schema: unknown, schemaPath: string): unknown {
  const hash = schemaPath.indexOf('#')
  const json = schemaPath.indexOf('.json')
  return resolvePointer(
    schema,
    hash >= 0 ? schemaPath.slice(hash + 1) : json >= 0 ? schemaPath.slice(json + 5) : schemaPath,
  )
}

/** The schema object that holds the failed keyword, when the path leads into `schema`. */
function keywordParent(
  e: SchemaError,
  context: SchemaErrorContext,
): Record<string, unknown> | undefined {
  const schema = schemaOf(e, context)
  if (schema === undefined || typeof e.schemaPath !== 'string') return undefined
  const node = resolveSchemaPath(schema, e.schemaPath.slice(0, e.schemaPath.lastIndexOf('/')))
  return node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : undefined
}

/**
 * The keys the schema allows where `e` found an unknown one. A validator
 * compiled from a recursive schema reports paths inside the recursive part
 * from that part's root, which may resolve to some other object of the
 * schema: the keys count only when the schema path names the object's key
 * (`.../params/additionalProperties` for `/rules/0/event/params`) or the
 * object holds one of them besides.
 */
function allowedKeys(e: SchemaError, context: SchemaErrorContext, object: unknown): string[] {
  const properties = keywordParent(e, context)?.properties
  if (properties === null || typeof properties !== 'object') return []
  const allowed = Object.keys(properties)
  const own = object !== null && typeof object === 'object' ? Object.keys(object) : []
  const name = e.instancePath
    .split('/')
    .filter((t) => t !== '' && !/^\d+$/.test(t))
    .at(-1)
  const named = name === undefined || (e.schemaPath ?? '').split('/').includes(name)
  return named || own.some((k) => allowed.includes(k)) ? allowed : []
}

/**
 * Turns ajv errors into snackplan issues: stable `schema/<keyword>` codes,
 * paths that point at the offending key (not its parent), messages in words
 * that repeat the bad value and suggest the nearest allowed key or value.
 * One mistake gives one issue: the `required` errors of the branches of a
 * `oneOf`/`anyOf` become one "needs one of" issue, and a missing key that
 * an unknown key at the same place looks like a misspelling of is left to
 * the unknown-key issue.
 *
 * @param context - the document and schema, for values and suggestions; without
 *   them the messages say what was expected but not what came.
 * @remarks For packages that ship their own precompiled ajv validators.
 */
export function issuesFromSchemaErrors(
  errors: readonly SchemaError[],
  context: SchemaErrorContext = {},
): SnackplanIssue[] {
  const seen = new Set<string>()
  const issues: WordedIssue[] = []
  const alternatives = branchRequired(errors)
  const misspelt = new Set<string>()
  for (const e of errors) {
    const issue = alternatives.has(e) ? alternatives.get(e) : toIssue(e, context)
    if (issue === undefined) continue
    if (issue.code === 'schema/unknown-key' && issue.suggested !== undefined) {
      misspelt.add(`${e.instancePath}/${escapePointerToken(issue.suggested)}`)
    }
    const key = `${issue.code} ${issue.path}`
    if (seen.has(key)) continue
    seen.add(key)
    issues.push(issue)
  }
  // "wake is required" next to "unknown key wak; did you mean wake?" is one mistake.
  const oneMistake = (i: WordedIssue) =>
    i.code === 'schema/required' &&
    (misspelt.has(i.path) || (i.anyOf ?? []).some((k) => misspelt.has(`${i.path}/${k}`)))
  return issues
    .filter((i) => !oneMistake(i))
    .map(({ code, path, message }) => ({ code, path, message }))
}

interface WordedIssue extends SnackplanIssue {
  /** For unknown keys: the allowed key suggested. */
  suggested?: string
  /** For "needs one of": the keys, any one of which would do. */
  anyOf?: string[]
}

/**
 * `required` errors of the branches of one `oneOf`/`anyOf` at one place,
 * merged into one issue at the first of them (the others map to `undefined`).
 */
function branchRequired(errors: readonly SchemaError[]): Map<SchemaError, WordedIssue | undefined> {
  const groups = new Map<string, SchemaError[]>()
  for (const e of errors) {
    if (e.keyword !== 'required' || typeof e.schemaPath !== 'string') continue
    const m = /^(.*\/(?:oneOf|anyOf))\/\d+\/required$/.exec(e.schemaPath)
    if (!m) continue
    const key = `${e.instancePath} ${m[1]}`
    groups.set(key, [...(groups.get(key) ?? []), e])
  }
  const out = new Map<SchemaError, WordedIssue | undefined>()
  for (const group of groups.values()) {
    const keys = [...new Set(group.map((e) => String(e.params.missingProperty)))]
    if (keys.length < 2) continue
    const [first, ...rest] = group as [SchemaError, ...SchemaError[]]
    out.set(first, {
      code: 'schema/required',
      path: first.instancePath,
      message: `needs one of ${orList(keys)}`,
      anyOf: keys,
    })
    for (const e of rest) out.set(e, undefined)
  }
  return out
}

function toIssue(e: SchemaError, context: SchemaErrorContext): WordedIssue {
  const at = e.instancePath
  const p = e.params
  const value = resolvePointer(context.document, at)
  const got = context.document === undefined ? '' : `, got ${showValue(value)}`
  switch (e.keyword) {
    case 'required':
      return {
        code: 'schema/required',
        path: `${at}/${escapePointerToken(String(p.missingProperty))}`,
        message: `"${String(p.missingProperty)}" is required`,
      }
    case 'additionalProperties': {
      const key = String(p.additionalProperty)
      const suggested = nearest(key, allowedKeys(e, context, value))
      return {
        code: 'schema/unknown-key',
        path: `${at}/${escapePointerToken(key)}`,
        message: `unknown key ${showValue(key)}${suggested === undefined ? '' : `; did you mean ${JSON.stringify(suggested)}?`}`,
        ...(suggested === undefined ? {} : { suggested }),
      }
    }
    case 'enum': {
      const allowed = Array.isArray(p.allowedValues) ? p.allowedValues : []
      const strings = allowed.filter((v): v is string => typeof v === 'string')
      return {
        code: 'schema/enum',
        path: at,
        message: `must be one of ${list(allowed)}${got}${didYouMean(value, strings)}`,
      }
    }
    case 'const':
      return {
        code: 'schema/const',
        path: at,
        message: `must be ${JSON.stringify(p.allowedValue)}${got}`,
      }
    case 'type':
      return {
        code: 'schema/type',
        path: at,
        message: `must be ${typeWords(p.type)}${context.document === undefined ? '' : `, got ${showTyped(value)}`}`,
      }
    case 'pattern': {
      const description = keywordParent(e, context)?.description
      const expected =
        typeof description === 'string' ? `be ${description}` : `match ${String(p.pattern)}`
      return { code: 'schema/pattern', path: at, message: `must ${expected}${got}` }
    }
    case 'minLength':
      return p.limit === 1
        ? { code: 'schema/empty', path: at, message: 'must not be empty' }
        : {
            code: 'schema/too-short',
            path: at,
            message: `must be at least ${p.limit} characters${got}`,
          }
    case 'maxLength':
      return {
        code: 'schema/too-long',
        path: at,
        message: `must be at most ${p.limit} characters${typeof value === 'string' ? `, got ${value.length}` : ''}`,
      }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        code: 'schema/range',
        path: at,
        message: `must be ${RANGE_WORDS[String(p.comparison)] ?? p.comparison} ${p.limit}${got}`,
      }
    case 'minItems':
      return {
        code: 'schema/too-few',
        path: at,
        message: `must have at least ${p.limit} items${Array.isArray(value) ? `, got ${value.length}` : ''}`,
      }
    case 'maxItems':
      return {
        code: 'schema/too-many',
        path: at,
        message: `must have at most ${p.limit} items${Array.isArray(value) ? `, got ${value.length}` : ''}`,
      }
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

const RANGE_WORDS: Record<string, string> = {
  '<=': 'at most',
  '>=': 'at least',
  '<': 'less than',
  '>': 'more than',
}

const list = (values: unknown) =>
  Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join(', ') : String(values)
