import { foldedText } from './fold'

/** A property parameter: `TZID=Europe/Stockholm` is `['TZID', 'Europe/Stockholm']`. */
export type Param = readonly [name: string, value: string]

// Parameter values holding `:`, `;` or `,` must be quoted (RFC 5545 3.2); a
// DQUOTE cannot appear at all, so it is dropped.
function paramValue(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const safe = value.replace(/[\u0000-\u001F\u007F"]/g, '')
  return /[:;,]/.test(safe) ? `"${safe}"` : safe
}

/**
 * One unfolded content line `NAME;P=V:value`. `value` must already be in its
 * ICS form (TEXT escaped by the caller).
 */
export function contentLine(name: string, value: string, params: readonly Param[] = []): string {
  let p = ''
  for (const [k, v] of params) p += `;${k}=${paramValue(v)}`
  return `${name}${p}:${value}`
}

/** One content line as written: folded, ending with CRLF. */
export function property(name: string, value: string, params?: readonly Param[]): string {
  return foldedText(contentLine(name, value, params))
}

/** Folds every content line and joins them with CRLF, ending with a CRLF. */
export function serializeLines(lines: readonly string[]): string {
  // join() returns one flat string; `+=` in a loop would build a rope that
  // keeps every piece alive as long as the result.
  return lines.map(foldedText).join('')
}
