import { cleanText as applyTextPolicy, isStableText } from '@snackplan/catalog'

// Line breaks in any convention become one `\n` before escaping, so a CRLF in a
// title never turns into two escaped newlines.
const LINE_BREAKS = /\r\n?|\u2028|\u2029/g
// What ICS handles before the shared text policy: line breaks, and U+FEFF (a
// BOM in the middle of a value confuses some importers; the policy keeps it).
const ICS_ONLY = /[\r\u2028\u2029\uFEFF]/
const BOM = /\uFEFF/g
// The TEXT characters RFC 5545 3.3.11 escapes.
const SPECIAL = /[\\;,\n]/

/**
 * The text a calendar client will read back for `value`: snackplan's text
 * policy in its `replace` mode (`cleanText` of `@snackplan/catalog`: NFC, a
 * TAB as a space, bidirectional and other control characters removed, a lone
 * surrogate replaced by U+FFFD), line breaks normalised to `\n`, U+FEFF
 * removed, and white space at both ends trimmed (libical drops trailing
 * white space, so keeping it would make clients disagree).
 *
 * @example cleanText('Squat\r\n\u0007now\t\u202E') === 'Squat\nnow'
 * @example cleanText('Kn\u0061\u0308b\u006F\u0308j') === 'Knäböj'
 */
export function cleanText(value: string): string {
  const text = ICS_ONLY.test(value) ? value.replace(LINE_BREAKS, '\n').replace(BOM, '') : value
  return applyTextPolicy(text, 'replace').text.trim()
}

/**
 * Escapes text that {@link cleanText} already cleaned: backslash, semicolon,
 * comma and newline. Callers that test for blank text first clean once and
 * escape the result, instead of cleaning twice.
 */
export function escapeCleaned(cleaned: string): string {
  if (!SPECIAL.test(cleaned)) return cleaned
  // One native search per character instead of a regular expression with a
  // replacement pattern: descriptions hold dozens of commas and newlines.
  // The backslash goes first, as the others add backslashes of their own.
  return cleaned
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replaceAll('\n', '\\n')
}

/**
 * Escapes a TEXT value (RFC 5545 3.3.11) after {@link cleanText}: backslash,
 * semicolon, comma and newline.
 */
export function escapeText(value: string): string {
  return escapeCleaned(ready(value) ? value : cleanText(value))
}

// Text that is its own cleanText: what the shared text policy leaves as it
// is (titles and descriptions in en, sv and da), less CR, which ICS turns
// into LF, and white space at an end, which it trims.
function ready(value: string): boolean {
  return isStableText(value) && !value.includes('\r') && !trimmable(value)
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
