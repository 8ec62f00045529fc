import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatUtc, formatWall, readInstant } from '../../src/ics/datetime'
import { cleanText, escapeText } from '../../src/ics/escape'
import { foldedText, foldLine } from '../../src/ics/fold'
import { hostileText } from './arbitraries'
import {
  referenceClean,
  referenceEscape,
  referenceFold,
  referenceInstant,
  referenceWall,
} from './reference'

// Any UTF-16 code units, lone surrogates included, and whole code points of
// every plane; behind ASCII padding so that wide characters meet the fold.
const codeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 120 })
  .map((units) => String.fromCharCode(...units))
const anyText = fc.oneof(
  codeUnits,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  hostileText,
)
const padded = fc
  .tuple(fc.integer({ min: 0, max: 80 }), anyText)
  .map(([pad, text]) => 'x'.repeat(pad) + text)

describe('the serializer against plain reference implementations', () => {
  it('folds any text exactly as a code point at a time, counting octets with TextEncoder', () => {
    fc.assert(
      fc.property(padded, (text) => {
        const expected = referenceFold(text)
        expect(foldLine(text)).toEqual(expected)
        expect(foldedText(text)).toBe(`${expected.join('\r\n')}\r\n`)
      }),
      { numRuns: 2000 },
    )
  })

  it('cleans and escapes any text exactly as the regular-expression chain does', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(cleanText(text)).toBe(referenceClean(text))
        expect(escapeText(text)).toBe(referenceEscape(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('reads instants as a Date does, and refuses the same ones', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'))
    const instant = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
        two(14),
        two(33),
        two(25),
        two(61),
        fc.option(two(61)),
        fc.constantFrom('', '.0', '.000', '.5', '.000000001'),
        fc.constantFrom('Z', 'Z', 'Z', 'z', '+01:00', ''),
      )
      .map(
        ([y, mo, d, h, mi, s, frac, z]) =>
          `${y}-${mo}-${d}T${h}:${mi}${s === null ? '' : `:${s}${frac}`}${z}`,
      )
    fc.assert(
      fc.property(fc.oneof(instant, fc.string({ maxLength: 24 })), (value) => {
        const got = readInstant(value)
        const expected = referenceInstant(value)
        if (expected === undefined) expect(typeof got).toBe('string')
        else expect(got).toBe(expected)
      }),
      { numRuns: 3000 },
    )
  })

  it('formats any instant of years 1800-2300 as the fields of a Date', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2300, 0, 1) }), (ms) => {
        expect(formatWall(ms)).toBe(referenceWall(ms))
        expect(formatUtc(ms)).toBe(`${referenceWall(ms)}Z`)
      }),
      { numRuns: 3000 },
    )
  })
})
