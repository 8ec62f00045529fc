import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanText, escapeCleaned, escapeText } from '../../src/ics/escape'
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
})
