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

/**
 * The text a calendar client will read back for `value`: line breaks
 * normalised to `\n`, control characters removed, lone surrogates replaced by
 * U+FFFD, white space at both ends trimmed (libical drops trailing white
 * space, so keeping it would make clients disagree).
 *
 * @example cleanText('Squat\r\n\u0007now') === 'Squat\nnow'
 */
export function cleanText(value: string): string {
  return value
    .replace(LINE_BREAKS, '\n')
    .replace(CONTROLS, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .trim()
}

/**
 * Escapes a TEXT value (RFC 5545 3.3.11) after {@link cleanText}: backslash,
 * semicolon, comma and newline.
 */
export function escapeText(value: string): string {
  return cleanText(value).replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
}

/**
 * True when `value` holds nothing a person can read once cleaned (empty or
 * only white space). Such values are left out: libical reads `SUMMARY: ` as
 * a property without a value and drops it with an error.
 */
export function isBlankText(value: string): boolean {
  return cleanText(value) === ''
}
