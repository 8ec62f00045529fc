import { issuesFromSchemaErrors, type SchemaError } from '../errors/ajv'
import type { SnackplanIssue } from '../errors/issue'
import { escapePointerToken } from '../errors/issue'
import { MAX_ERRORS } from '../input/read'

/** A precompiled (ajv standalone) validator. */
export interface SchemaValidator {
  (data: unknown): boolean
  /** The last call's errors, as ajv leaves them. */
  errors?: readonly SchemaError[] | null
}

/** What {@link validateSchema} found. */
export interface SchemaResult {
  /** Schema issues, at most `MAX_ERRORS + 1` when the validation stopped early. */
  issues: SnackplanIssue[]
  /** False when it stopped after enough issues: items after that were not validated. */
  complete: boolean
}

// Lists longer than this are validated in chunks of at most this many items.
const CHUNK = 64

/**
 * Validates a document against its schema. Small documents go in one call.
 * When the lists under `lists` hold more than 64 items, they are validated
 * a chunk of items at a time (in a copy of the document holding only those), and
 * validation stops once more issues are found than a check reports: a
 * schema reports every problem of every item, so a document of thousands of
 * bad items took seconds. The schemas have no rule across items of these
 * lists (their lengths are checked before).
 *
 * @param schema - the schema the validator was compiled from, so messages can
 *   suggest allowed keys and describe patterns (see `issuesFromSchemaErrors`).
 */
export function validateSchema(
  validate: SchemaValidator,
  doc: unknown,
  lists: readonly string[],
  schema?: unknown,
): SchemaResult {
  // Paths of chunked items are mapped back to the document, so one context serves all.
  const context = { document: doc, schema }
  const whole = (): SchemaResult => ({
    issues: validate(doc) ? [] : issuesFromSchemaErrors(validate.errors ?? [], context),
    complete: true,
  })
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return whole()
  const record = doc as Record<string, unknown>
  const present = lists.filter((key) => Array.isArray(record[key]))
  const total = present.reduce((n, key) => n + (record[key] as unknown[]).length, 0)
  if (total <= CHUNK) return whole()

  const only = (key: string | undefined, items: unknown[]) =>
    Object.fromEntries(
      Object.entries(record).map(([k, v]) => [
        k,
        present.includes(k) ? (k === key ? items : []) : v,
      ]),
    )
  // The document with no list items: every issue outside the lists.
  const issues = validate(only(undefined, []))
    ? []
    : issuesFromSchemaErrors(validate.errors ?? [], context)
  for (const key of present) {
    const prefix = `/${escapePointerToken(key)}/`
    const items = record[key] as unknown[]
    // Chunks double while they pass and drop to one item after a failure,
    // so good lists take few calls and bad items are counted one by one.
    let size = 1
    let start = 0
    while (start < items.length) {
      if (issues.length > MAX_ERRORS) return { issues, complete: false }
      const chunk = items.slice(start, start + size)
      if (validate(only(key, chunk))) {
        start += chunk.length
        size = Math.min(size * 2, CHUNK)
        continue
      }
      const own: SchemaError[] = []
      for (const e of validate.errors ?? []) {
        // `/rules/3/name` in the chunk is `/rules/<start + 3>/name` in the document.
        if (!e.instancePath.startsWith(prefix)) continue
        const rest = e.instancePath.slice(prefix.length)
        const index = /^\d+/.exec(rest)?.[0] ?? ''
        own.push({
          ...e,
          instancePath: `${prefix}${start + Number(index)}${rest.slice(index.length)}`,
        })
      }
      // Paths differ from chunk to chunk, so issues never merge across them.
      issues.push(...issuesFromSchemaErrors(own, context))
      start += chunk.length
      size = 1
    }
  }
  return { issues, complete: true }
}
