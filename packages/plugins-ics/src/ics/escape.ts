// Line breaks in any convention become one `\n` before escaping, so a CRLF in a
// title never turns into two escaped newlines.
const LINE_BREAKS = /\r\n?|\u2028|\u2029/g
// C0 controls (TAB included: brief and clients disagree on it), DEL, C1 controls
// and U+FEFF (a BOM in the middle of a value confuses some importers).
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\uFEFF]/g
// A lone surrogate cannot be encoded as UTF-8; TextEncoder would write U+FFFD,
// so we do it here and `cleanText` stays the exact text a parser reads back.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
// Anything one of the three replacements above could touch (any surrogate,
// paired or not). Most text has none, and one native scan is far cheaper
// than three replacements that change nothing.
// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting control characters is the point
const NEEDS_CLEANING = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uD800-\uDFFF]/
// Text with nothing to clean and nothing to escape, checked in one scan:
// identifiers and most titles are written as they are.
// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting control characters is the point
const PLAIN = /^[^\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uD800-\uDFFF\\;,]*$/
// The TEXT characters RFC 5545 3.3.11 escapes.
const SPECIAL = /[\\;,\n]/
const SPECIAL_NOT_NEWLINE = /[\\;,]/g
const NEWLINE = /\n/g

/**
 * The text a calendar client will read back for `value`: line breaks
 * normalised to `\n`, control characters removed, lone surrogates replaced by
 * U+FFFD, white space at both ends trimmed (libical drops trailing white
 * space, so keeping it would make clients disagree).
 *
 * @example cleanText('Squat\r\n\u0007now') === 'Squat\nnow'
 */
export function cleanText(value: string): string {
  const cleaned = NEEDS_CLEANING.test(value)
    ? value.replace(LINE_BREAKS, '\n').replace(CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD')
    : value
  return cleaned.trim()
}

/**
 * Escapes text that {@link cleanText} already cleaned: backslash, semicolon,
 * comma and newline. Callers that test for blank text first clean once and
 * escape the result, instead of cleaning twice.
 */
export function escapeCleaned(cleaned: string): string {
  if (!SPECIAL.test(cleaned)) return cleaned
  // Native replacement patterns, no callback per match; `\n` cannot come out
  // of the first pass, so the order is safe.
  return cleaned.replace(SPECIAL_NOT_NEWLINE, '\\$&').replace(NEWLINE, '\\n')
}

/**
 * Escapes a TEXT value (RFC 5545 3.3.11) after {@link cleanText}: backslash,
 * semicolon, comma and newline.
 */
export function escapeText(value: string): string {
  if (PLAIN.test(value) && !trimmable(value)) return value
  return escapeCleaned(cleanText(value))
}

// Printable ASCII at both ends is never trimmed; anything else asks trim().
function trimmable(value: string): boolean {
  if (value === '') return false
  const first = value.charCodeAt(0)
  const last = value.charCodeAt(value.length - 1)
  if (first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f) return false
  return value.trim() !== value
}

/**
 * True when `value` holds nothing a person can read once cleaned (empty or
 * only white space). Such values are left out: libical reads `SUMMARY: ` as
 * a property without a value and drops it with an error.
 */
export function isBlankText(value: string): boolean {
  return cleanText(value) === ''
}
