import fc from 'fast-check'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { toICS } from '../../src/ics'
import { cleanText, escapeCleaned, escapeText } from '../../src/ics/escape'
import { foldedText, foldLine } from '../../src/ics/fold'
import { LineMemo } from '../../src/ics/line-memo'
import { property } from '../../src/ics/lines'
import { descriptionText, hostileText } from './arbitraries'
import { sv } from './fixtures'

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

  it('LineMemo gives every text its own line, for repeats and for many texts of one length', () => {
    // Texts of one length that differ only near their end, more of them than
    // the memo keeps per length, and each asked for more than once.
    const family = fc
      .tuple(descriptionText, fc.integer({ min: 1, max: 40 }))
      .map(([text, n]) =>
        Array.from({ length: n }, (_, k) => `${text}${String(k).padStart(3, '0')}`),
      )
    const sequence = fc
      .tuple(family, anyText, fc.array(fc.nat(), { minLength: 1, maxLength: 80 }))
      .map(([texts, other, picks]) => picks.map((p) => [...texts, other][p % (texts.length + 1)]!))
    fc.assert(
      fc.property(sequence, (texts) => {
        const memo = new LineMemo()
        for (const text of texts) {
          // A copy with the same characters: the memo cannot lean on identity.
          const raw = ` ${text}`.slice(1)
          const value = escapeText(raw)
          expect(memo.text('DESCRIPTION', raw)).toBe(
            value === '' ? '' : property('DESCRIPTION', value),
          )
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('what toICS remembers cannot outlive a change', () => {
  const description = (ics: string): string[] =>
    new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((v) => String(v.getFirstPropertyValue('description')))

  it('writes two descriptions of one length that differ only in their last letter', () => {
    const text = 'Sänk dig långsamt, håll 3 s.\n'.repeat(40)
    const a = { ...sv[0]!, uid: 'a@snackplan', description: `${text}a` }
    const b = { ...sv[0]!, uid: 'b@snackplan', description: `${text}b` }
    const c = { ...a, uid: 'c@snackplan' }
    expect(description(toICS([a, b, c]))).toEqual([a.description, b.description, a.description])
  })

  it('writes an event changed after a call as it is now', () => {
    const event = { ...sv[0]!, description: 'Dose: 30 s.\nStop at once on sharp pain.' }
    const before = toICS([event])
    event.description = 'Dose: 45 s.\nStop at once on sharp pain.'
    const after = toICS([event])
    expect(description(before)).toEqual(['Dose: 30 s.\nStop at once on sharp pain.'])
    expect(description(after)).toEqual([event.description])
  })
})
