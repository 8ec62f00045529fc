import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanText, escapeText } from '../../src/ics/escape'
import { hostileText } from './arbitraries'

// RFC 5545 3.3.11, read left to right, the way a correct parser does.
const unescapeText = (v: string): string =>
  v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newline', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne')
  })

  it('turns CRLF, CR and U+2028 into one escaped newline each', () => {
    expect(escapeText('a\r\nb\rc\u2028d')).toBe('a\\nb\\nc\\nd')
  })

  it('removes control characters, DEL, C1 controls and U+FEFF, keeping letters and emoji', () => {
    expect(cleanText('\u0000S\u0007qu\u001ba\u007ft\u0085\uFEFF å😀')).toBe('Squat å😀')
  })

  it('follows the text policy: a TAB is a space, bidi controls go, NFD becomes NFC', () => {
    expect(cleanText('Wall\tsit')).toBe('Wall sit')
    expect(escapeText('\u202Eexit\u202C \u2066a\u2069\u200F')).toBe('exit a')
    expect(cleanText('Kn\u0061\u0308b\u006F\u0308j')).toBe('Knäböj')
    expect(cleanText('Kn\u0061\u0308b\u006F\u0308j').length).toBe(6)
  })

  it('replaces a lone surrogate with U+FFFD, as UTF-8 encoding would', () => {
    expect(cleanText('a\uD800b')).toBe('a\uFFFDb')
  })

  it('leaves no control character or unescaped ; and , and unescapes back to cleanText', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const escaped = escapeText(text)
        // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
        expect(escaped).not.toMatch(/[\u0000-\u001F\u007F]/)
        expect(escaped).not.toMatch(/(^|[^\\])(\\\\)*[;,]/)
        expect(unescapeText(escaped)).toBe(cleanText(text))
      }),
    )
  })
})
