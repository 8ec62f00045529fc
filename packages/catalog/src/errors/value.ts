// Bad values repeated in messages, short enough to keep a message readable.
import { showValue } from '../text/show'

/** A value with what it is, for type errors: `the string "14"`, `the number 14`. */
export function showTyped(value: unknown): string {
  if (value instanceof Date) return 'a Date object'
  if (typeof value === 'string') return `the string ${showValue(value)}`
  if (typeof value === 'number') return `the number ${showValue(value)}`
  return showValue(value)
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
}

/** JSON Schema types in words: `a whole number`, `a string or a list`. */
export function typeWords(types: unknown): string {
  const list = (Array.isArray(types) ? types : [types]).map(
    (t) => TYPE_WORDS[String(t)] ?? String(t),
  )
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list.at(-1)}` : (list[0] ?? '')
}

/** Quoted values joined in words: `"a", "b" or "c"`. */
export function orList(values: readonly unknown[]): string {
  const q = values.map((v) => JSON.stringify(v))
  return q.length > 1 ? `${q.slice(0, -1).join(', ')} or ${q.at(-1)}` : (q[0] ?? '')
}
