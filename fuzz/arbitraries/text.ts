import fc from 'fast-check'

// Characters that break naive text handling: bidi controls, lone surrogates,
// controls, BOM and zero-width characters, combining marks (NFD), line and
// paragraph separators, astral characters, RTL script, look-alikes.
const ODD = [
  '\u202E',
  '\u202A',
  '\u2066',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
  '\uD800',
  '\uDFFF',
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '\uFEFF',
  '\u200B',
  '\u2060',
  'e\u0301',
  'A\u030A',
  '\u2028',
  '\u2029',
  '🧘',
  '👩‍👩‍👧',
  'שלום',
  'مرحبا',
  'ℌ',
  'ﬁ',
  'Ａ',
  '\\',
  '"',
  ';',
  ',',
  ':',
  '<script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is the point
  '${x}',
  '%s',
  '../',
  '\\n',
] as const

/** One odd character or sequence (see the list above). */
export const oddCharacter: fc.Arbitrary<string> = fc.constantFrom(...ODD)

/** Short text mixing ordinary and odd characters. */
export function arbitraryOddText(maxLength = 40): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.string({ maxLength: 6 }) },
        { weight: 2, arbitrary: oddCharacter },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
      ),
      { maxLength },
    )
    .map((parts) => parts.join(''))
}

/**
 * Strings a hostile sender picks: odd text, empty or blank, and huge ones
 * (one repeated character up to `maxHuge` long, or odd text repeated).
 */
export function arbitraryHostileString(maxHuge = 200_000): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: arbitraryOddText() },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t\t', '\u200B') },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.oneof(fc.constantFrom('a', ' ', '\u202E', 'é', '0'), oddCharacter),
          fc.integer({ min: 1_000, max: maxHuge }),
        )
        .map(([ch, n]) => ch.repeat(Math.ceil(n / ch.length))),
    },
  )
}
