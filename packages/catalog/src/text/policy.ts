/** What the text policy refuses in a document's strings. */
export type TextProblemCode = 'text/lone-surrogate' | 'text/bidi-control' | 'text/control-character'

/** The first thing in a string that the text policy refuses. */
export interface TextProblem {
  /** Stable code. */
  code: TextProblemCode
  /** Index (UTF-16 code units) of the offending character. */
  index: number
  /** Readable explanation naming the character. */
  message: string
}

/** What {@link cleanText} made of a string. */
export interface CleanedText {
  /** The text in the policy's form: NFC, TAB as a space (and, in `replace` mode, repaired). */
  text: string
  /** In `refuse` mode, the first character the policy refuses; `text` then keeps it. */
  problem?: TextProblem
}

const BIDI_NAMES: Record<string, string> = {
  '\u061C': 'ARABIC LETTER MARK',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
}
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g
// A high surrogate not followed by a low one, or a low one not after a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
// C0 and C1 controls other than TAB, LF and CR (which text may hold), and DEL.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g
const ANY = new RegExp(`${LONE_SURROGATE.source}|${BIDI.source}|${CONTROL.source}`)
// Text the policy leaves as it is, found in one scan: LF, CR, printable ASCII,
// Latin (U+00A0-02FF) and general punctuation (U+2010-2027, U+2030-205E).
// None of these is a control, a bidi control or a surrogate, each is NFC and
// none composes with a neighbour (a test checks every pair), so most titles
// and descriptions skip the replacements and the normalisation.
const STABLE = /^[\n\r\u0020-\u007E\u00A0-\u02FF\u2010-\u2027\u2030-\u205E]*$/

/**
 * True when {@link cleanText} leaves `text` as it is in either mode, found in
 * one scan: it holds only LF, CR, printable ASCII, Latin (U+00A0-02FF) and
 * general punctuation (U+2010-2027, U+2030-205E). (False does not mean the
 * policy changes it.) Exporters that also rewrite some of these, as ICS
 * rewrites CR, test for those on their own.
 *
 * @example isStableText('Knäböj, 45 s\n– lugnt') === true
 * @example isStableText('e\u0301') === false
 */
export function isStableText(text: string): boolean {
  return STABLE.test(text)
}

const hex = (ch: string) =>
  `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`

function describe(ch: string, index: number): TextProblem {
  const at = `at character ${index}`
  if (/[\uD800-\uDFFF]/.test(ch)) {
    return {
      code: 'text/lone-surrogate',
      index,
      message: `contains a lone surrogate (${hex(ch)}) ${at}: half of a character, not text`,
    }
  }
  const bidi = BIDI_NAMES[ch]
  if (bidi) {
    return {
      code: 'text/bidi-control',
      index,
      message: `contains ${hex(ch)} ${bidi} ${at}: bidirectional controls can make text read in a misleading order`,
    }
  }
  return {
    code: 'text/control-character',
    index,
    message: `contains the control character ${hex(ch)} ${at}`,
  }
}

/**
 * snackplan's one text policy, for everything that reaches a person or a
 * calendar: Unicode NFC, a TAB read as a space, and never a lone surrogate,
 * a bidirectional control (U+202A-202E, U+2066-2069, U+200E, U+200F,
 * U+061C) or a control character other than LF and CR.
 *
 * `refuse` (documents: catalogs, rule sets, profiles) reports the first
 * such character as a {@link TextProblem}. `replace` (free text handed
 * straight to an exporter) repairs instead: a lone surrogate becomes U+FFFD,
 * bidirectional controls and control characters are removed.
 *
 * @example cleanText('Knäböj\t(e\u0301)').text === 'Knäböj (é)'
 * @example cleanText('a\u202Eb').problem?.code === 'text/bidi-control'
 * @example cleanText('a\u202Eb\uD800', 'replace').text === 'ab\uFFFD'
 */
export function cleanText(text: string, mode: 'refuse' | 'replace' = 'refuse'): CleanedText {
  if (isStableText(text)) return { text }
  let out = text
  if (mode === 'replace') {
    out = out.replace(LONE_SURROGATE, '\uFFFD').replace(BIDI, '').replace(CONTROL, '')
  } else {
    const found = ANY.exec(out)
    if (found) return { text: out, problem: describe(found[0], found.index) }
  }
  return { text: out.replace(/\t/g, ' ').normalize('NFC') }
}
