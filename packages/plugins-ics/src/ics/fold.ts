/** RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
export const MAX_LINE_OCTETS = 75

// UTF-8 length from the code point itself (a lone surrogate is written as
// U+FFFD, also 3 octets), so folding does not encode character by character.
function octets(codePoint: string): number {
  const cp = codePoint.codePointAt(0)!
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
}

/**
 * Folds one content line into physical lines of at most 75 octets (counted as
 * UTF-8, never as string length), never splitting a UTF-8 sequence.
 * Continuation lines start with one space, which counts towards their 75.
 */
export function foldLine(line: string): string[] {
  if (fitsOneLine(line)) return [line]
  const out: string[] = []
  let current = ''
  let size = 0
  // for..of walks code points, so a surrogate pair (emoji) is never cut in two.
  for (const cp of line) {
    const n = octets(cp)
    if (size + n > MAX_LINE_OCTETS) {
      out.push(current)
      current = ' '
      size = 1
    }
    current += cp
    size += n
  }
  out.push(current)
  return out
}

// Most lines are short ASCII: count octets without encoding (a lone surrogate
// is written as U+FFFD, 3 octets) and stop as soon as the line is too long.
function fitsOneLine(line: string): boolean {
  if (line.length <= MAX_LINE_OCTETS / 3) return true
  if (line.length > MAX_LINE_OCTETS) return false
  let n = 0
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
      const next = line.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        n += 4
        i++
      } else n += 3
    } else n += 3
    if (n > MAX_LINE_OCTETS) return false
  }
  return true
}
