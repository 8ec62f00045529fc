import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanText, escapeCleaned, escapeText } from '../../src/ics/escape'
import { foldedText, foldLine } from '../../src/ics/fold'
import { descriptionText, hostileText } from './arbitraries'

// The serializer's fast paths against the code they replaced, kept here as
// the oracle: the same input must give the same output, on text shaped like
// real descriptions as well as on any text at all.

// Before: two regular expressions with replacement patterns.
const regexEscape = (cleaned: string): string =>
  /[\\;,\n]/.test(cleaned) ? cleaned.replace(/[\\;,]/g, '\\$&').replace(/\n/g, '\\n') : cleaned

// Before: plain text as it was, anything else through cleanText.
const PLAIN =
  /^[\u0020-\u002B\u002D-\u003A\u003C-\u005B\u005D-\u007E\u00A0-\u02FF\u2010-\u2027\u2030-\u205E]*$/
const plainEscapeText = (value: string): string =>
  PLAIN.test(value) && value.trim() === value ? value : regexEscape(cleanText(value))

// Before: the octets of each character counted in a loop, a line at a time.
function charBreaks(line: string): number[] {
  const out: number[] = []
  let size = 0
  for (let i = 0; i < line.length; ) {
    const c = line.charCodeAt(i)
    let octets = 3
    let units = 1
    if (c < 0x80) octets = 1
    else if (c < 0x800) octets = 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
      const next = line.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        octets = 4
        units = 2
      }
    }
    if (size + octets > 75) {
      out.push(i)
      size = 1
    }
    size += octets
    i += units
  }
  return out
}
const charFold = (line: string): string[] => {
  const at = [0, ...charBreaks(line), line.length]
  return at.slice(1).map((end, k) => (k === 0 ? '' : ' ') + line.slice(at[k], end))
}

// Any UTF-16 code units (lone surrogates and pairs cut by a slice included),
// dense three-octet text, and descriptions.
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc
    .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 })
    .map((units) => String.fromCharCode(...units)),
  fc.string({ unit: fc.constantFrom('€', 'ä', 'x', '😀', '\uD83D', '\n'), maxLength: 300 }),
  hostileText,
  descriptionText,
)

describe('fast paths give exactly what the plain code gave', () => {
  it('escapeCleaned escapes as the two regular expressions did', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(escapeCleaned(text)).toBe(regexEscape(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('escapeText takes text that needs no cleaning as it is, and gives what cleaning gave', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(escapeText(text)).toBe(plainEscapeText(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('folding by encodeInto breaks where counting each character broke', () => {
    const line = fc
      .tuple(fc.integer({ min: 0, max: 80 }), anyText)
      .map(([pad, text]) => `DESCRIPTION:${'y'.repeat(pad)}${text}`)
    fc.assert(
      fc.property(fc.oneof(line, anyText), (text) => {
        const expected = charFold(text)
        expect(foldLine(text)).toEqual(expected)
        expect(foldedText(text)).toBe(`${expected.join('\r\n')}\r\n`)
      }),
      { numRuns: 3000 },
    )
  })
})
