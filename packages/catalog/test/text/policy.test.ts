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
