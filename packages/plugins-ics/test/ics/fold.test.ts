import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeText } from '../../src/ics/escape'
import { foldLine, MAX_LINE_OCTETS } from '../../src/ics/fold'
import { serializeLines } from '../../src/ics/lines'
import { hostileText } from './arbitraries'

const octets = (s: string): number => new TextEncoder().encode(s).length
const strict = new TextDecoder('utf-8', { fatal: true })

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toEqual(['x'.repeat(75)])
    expect(foldLine('x'.repeat(76))).toEqual(['x'.repeat(75), ' x'])
  })

  it('moves a two-octet letter that would straddle octet 75 to the next line', () => {
    // 74 ASCII + "ä" (2 octets) = 76: "ä" must not be cut after its first octet.
    expect(foldLine(`${'x'.repeat(74)}äz`)).toEqual(['x'.repeat(74), ' äz'])
  })

  it('folds a short line of three-octet characters that is too long in octets', () => {
    // 26 code units, 78 octets: too long although it has fewer than 75/3 + 1 units.
    expect(foldLine('€'.repeat(26))).toEqual(['€'.repeat(25), ' €'])
    expect(foldLine('€'.repeat(25))).toEqual(['€'.repeat(25)])
  })

  it('keeps a four-octet emoji whole on the boundary', () => {
    expect(foldLine(`${'x'.repeat(73)}😀`)).toEqual(['x'.repeat(73), ' 😀'])
  })

  it('folds any text into lines of at most 75 octets that decode on their own and unfold to the input', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 0, max: 80 }), (text, pad) => {
        const line = `SUMMARY:${'y'.repeat(pad)}${escapeText(text)}`
        const parts = foldLine(line)
        for (const [i, p] of parts.entries()) {
          expect(octets(p)).toBeLessThanOrEqual(MAX_LINE_OCTETS)
          if (i > 0) expect(p.startsWith(' ')).toBe(true)
          expect(strict.decode(new TextEncoder().encode(p))).toBe(p)
        }
        expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line)
      }),
    )
  })
})

describe('serializeLines', () => {
  it('ends every line, the last included, with CRLF and never writes a BOM', () => {
    const out = serializeLines(['BEGIN:VCALENDAR', `X:${'å'.repeat(60)}`, 'END:VCALENDAR'])
    expect(out.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(out.charCodeAt(0)).not.toBe(0xfeff)
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })
})
