import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanText, isStableText } from '../../src/index'

describe('isStableText', () => {
  it('is true only of text the policy leaves as it is, in both modes', () => {
    // Characters either side of each edge of the stable ranges, and ones the policy changes.
    const char = fc.constantFrom(
      ...'\t\n\r\u0000\u001F\u0020\u007E\u007F\u009F\u00A0\u02FF\u0300\u0301\u200E\u200F\u2010\u2027\u2028\u202E\u2030\u205E\u205F\u2066\uD800\uDC00\uFEFFaä,;–',
    )
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 12 }).map((cs) => cs.join('')),
        (text) => {
          if (!isStableText(text)) return
          expect(cleanText(text)).toEqual({ text })
          expect(cleanText(text, 'replace')).toEqual({ text })
        },
      ),
      { numRuns: 3000 },
    )
    expect(isStableText('Knäböj, 45 s\n– lugnt')).toBe(true)
    expect(isStableText('e\u0301')).toBe(false)
  })
})
