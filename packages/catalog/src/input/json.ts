import type { SnackplanIssue } from '../errors/issue'

/** Where JSON text first goes wrong, and why. */
export interface JsonSyntaxError {
  /** Index (UTF-16 code units) of the first character that does not fit. */
  index: number
  /** 1-based line of that character. */
  line: number
  /** 1-based column of that character, in UTF-16 code units. */
  column: number
  /** What was expected or found, e.g. `expected ',' or '}'`. */
  reason: string
}

const WS = new Set([' ', '\t', '\n', '\r'])
const DIGITS = /\d+/y

/**
 * Finds the first syntax error of JSON text (RFC 8259), or undefined when it
 * parses. Run after `JSON.parse` failed: V8 names a position for some errors
 * only, and words them differently from one Node version to the next.
 */
export function findJsonError(text: string): JsonSyntaxError | undefined {
  let i = 0
  const fail = (reason: string): JsonSyntaxError => {
    const before = text.slice(0, i)
    const line = before.split('\n').length
    return { index: i, line, column: i - before.lastIndexOf('\n'), reason }
  }
  const found = () =>
    i >= text.length ? 'the end of the text' : JSON.stringify(text.slice(i, i + 1))
  const skip = () => {
    while (i < text.length && WS.has(text[i] ?? '')) i++
  }
  const literal = (word: string): JsonSyntaxError | undefined => {
    for (const ch of word) {
      if (text[i] !== ch) return fail(`expected ${word}, found ${found()}`)
      i++
    }
    return undefined
  }
  const string = (): JsonSyntaxError | undefined => {
    i++ // opening quote
    for (;;) {
      if (i >= text.length) return fail('unterminated string')
      const c = text.charCodeAt(i)
      if (c === 0x22) {
        i++
        return undefined
      }
      if (c < 0x20) return fail('a control character in a string (escape it)')
      if (c === 0x5c) {
        i++
        const e = text[i]
        if (e === 'u') {
          i++
          for (let k = 0; k < 4; k++, i++) {
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) return fail('bad \\u escape (four hex digits)')
          }
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++
        else return fail('bad escape in a string')
      } else i++
    }
  }
  const digits = (): JsonSyntaxError | undefined => {
    DIGITS.lastIndex = i
    const m = DIGITS.exec(text)
    if (!m) return fail(`expected a digit, found ${found()}`)
    i += m[0].length
  }
  // Scans like RFC 8259's grammar, so an error points at the first character off it.
  const number = (): JsonSyntaxError | undefined => {
    if (text[i] === '-') i++
    if (text[i] === '0') i++
    else {
      const bad = digits()
      if (bad) return bad
    }
    if (text[i] === '.') {
      i++
      const bad = digits()
      if (bad) return bad
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++
      if (text[i] === '+' || text[i] === '-') i++
      return digits()
    }
    return undefined
  }
  const scalar = (): JsonSyntaxError | undefined => {
    const c = text[i]
    if (c === '"') return string()
    if (c === 't') return literal('true')
    if (c === 'f') return literal('false')
    if (c === 'n') return literal('null')
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number()
    return fail(`unexpected ${found()}`)
  }
  // A loop over what comes next, with an explicit stack of open containers,
  // so deep nesting cannot overflow the call stack.
  const open: ('{' | '[')[] = []
  let next: 'value' | 'member' | 'after' = 'value'
  for (;;) {
    skip()
    if (next === 'value') {
      const c = text[i]
      if (c === '{' || c === '[') {
        i++
        open.push(c)
        skip()
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++
          open.pop()
          next = 'after'
        } else next = c === '{' ? 'member' : 'value'
        continue
      }
      const bad = scalar()
      if (bad) return bad
      next = 'after'
    } else if (next === 'member') {
      if (text[i] !== '"') {
        return fail(`expected a property name in double quotes, found ${found()}`)
      }
      const bad = string()
      if (bad) return bad
      skip()
      if (text[i] !== ':') return fail(`expected ':' after the property name, found ${found()}`)
      i++
      next = 'value'
    } else {
      const top = open[open.length - 1]
      if (top === undefined) {
        return i < text.length ? fail(`unexpected ${found()} after the JSON value`) : undefined
      }
      const close = top === '{' ? '}' : ']'
      if (text[i] === close) {
        i++
        open.pop()
      } else if (text[i] === ',') {
        i++
        next = top === '{' ? 'member' : 'value'
      } else return fail(`expected ',' or '${close}', found ${found()}`)
    }
  }
}

/** What {@link parseJsonText} made of a text. */
export type ParsedJson =
  | {
      /** The text is JSON. */
      ok: true
      /** The parsed value. */
      value: unknown
    }
  | {
      /** The text is not JSON. */
      ok: false
      /** One `json/parse` issue saying where and why. */
      issue: SnackplanIssue
    }

/**
 * Parses JSON text: a leading byte order mark is dropped (editors on
 * Windows write one), and bad text is one `json/parse` issue that says
 * where, as line and column, and why.
 */
export function parseJsonText(text: string): ParsedJson {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  try {
    return { ok: true, value: JSON.parse(body) }
  } catch {
    const where = findJsonError(body)
    const message = where
      ? `not valid JSON at line ${where.line}, column ${where.column}: ${where.reason}`
      : 'not valid JSON'
    return { ok: false, issue: { code: 'json/parse', path: '', message } }
  }
}
