import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanText } from '../../src/text/policy'

const BIDI = [
  '\u061C',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
]
const WELL_FORMED = /^(?:[^\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/

describe('cleanText: one text policy', () => {
  it('normalises to NFC and reads a TAB as a space', () => {
    expect(cleanText('Kn\u0061\u0308bo\u0308j\t1').text).toBe('Knäböj 1')
    expect(cleanText('two\nlines\r\n').text).toBe('two\nlines\r\n')
    expect(cleanText('wall sit 🧱').problem).toBeUndefined()
  })

  it('refuses every bidirectional control, naming it and where it is', () => {
    for (const ch of BIDI) {
      const { problem } = cleanText(`ab${ch}c`)
      expect(problem?.code, ch).toBe('text/bidi-control')
      expect(problem?.index).toBe(2)
      expect(problem?.message).toMatch(/^contains U\+[0-9A-F]{4} [A-Z -]+ at character 2/)
    }
    expect(cleanText('a\u202Eb').problem?.message).toContain('U+202E RIGHT-TO-LEFT OVERRIDE')
  })

  it('refuses a lone surrogate, high or low, but not a pair', () => {
    expect(cleanText('x\uD800').problem).toMatchObject({ code: 'text/lone-surrogate', index: 1 })
    expect(cleanText('\uDC00x').problem).toMatchObject({ code: 'text/lone-surrogate', index: 0 })
    expect(cleanText('\uDBFF\uD800\uDC00').problem).toMatchObject({ index: 0 })
    expect(cleanText('\uD83D\uDE00').problem).toBeUndefined()
  })

  it('refuses control characters other than TAB, LF and CR', () => {
    for (const ch of ['\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u009F']) {
      expect(cleanText(`a${ch}`).problem?.code).toBe('text/control-character')
    }
  })

  it('repairs instead in replace mode: U+FFFD for a lone surrogate, controls removed', () => {
    expect(cleanText('a\u202Eb\uD800c\u0000\td', 'replace')).toEqual({ text: 'ab\uFFFDc d' })
  })

  it('replace mode always gives text the refuse mode accepts, unchanged by a second pass', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom(...BIDI, '\t', '\uD800', '\uDC00', '\u0000', 'e\u0301'),
            fc.string({ unit: 'binary', maxLength: 1 }),
          ),
        }),
        (raw) => {
          const { text } = cleanText(raw, 'replace')
          expect(WELL_FORMED.test(text)).toBe(true)
          expect(text.normalize('NFC')).toBe(text)
          expect(cleanText(text)).toEqual({ text })
          expect(cleanText(text, 'replace')).toEqual({ text })
        },
      ),
    )
  })
})

describe('cleanText: the fast path for text with nothing to change', () => {
  // The characters the fast path passes through unchanged (STABLE in policy.ts).
  const stable: string[] = []
  for (const [lo, hi] of [
    [0x0a, 0x0a],
    [0x0d, 0x0d],
    [0x20, 0x7e],
    [0xa0, 0x2ff],
    [0x2010, 0x2027],
    [0x2030, 0x205e],
  ] as const) {
    for (let c = lo; c <= hi; c++) stable.push(String.fromCharCode(c))
  }

  it('passes only characters that are NFC alone and next to any other of them', () => {
    for (const a of stable) {
      expect(a.normalize('NFC'), a).toBe(a)
      for (const b of stable) if ((a + b).normalize('NFC') !== a + b) expect(a + b).toBe('NFC')
    }
  })

  // The policy spelled out step by step, with no shortcut.
  const plainReplace = (t: string) =>
    t
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      .replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')
      .replace(/\t/g, ' ')
      .normalize('NFC')

  it('gives exactly what the plain policy gives, in both modes', () => {
    const unit = fc.oneof(
      fc.constantFrom(...stable),
      fc.constantFrom(...BIDI, '\t', '\uD800', '\uDC00', '\u0000', '\u0301', 'e\u0301', '\u2028'),
      fc.string({ unit: 'binary', maxLength: 1 }),
    )
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (raw) => {
        expect(cleanText(raw, 'replace').text).toBe(plainReplace(raw))
        const refused = cleanText(raw)
        if (refused.problem) expect(refused.text).toBe(raw)
        else expect(refused.text).toBe(plainReplace(raw))
      }),
      { numRuns: 2000 },
    )
  })
})
