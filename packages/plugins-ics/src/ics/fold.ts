/** RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
export const MAX_LINE_OCTETS = 75

// Any code unit outside ASCII: without one, octets are code units and a line
// folds at fixed offsets with no per-character work.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range starts at U+0000 on purpose
const NON_ASCII = /[^\u0000-\u007F]/
// The octets a line may hold at most three per code unit (UTF-8 of any BMP
// character, and a surrogate pair is 4 octets for 2 units): lines this short fit.
const SURELY_FITS = Math.floor(MAX_LINE_OCTETS / 3)
const CONTINUATION = MAX_LINE_OCTETS - 1
const NO_BREAKS: readonly number[] = []
// encodeInto writes whole characters only, as many as fit, and says how many
// code units it read: that is where a physical line ends. One native call a
// line instead of JavaScript a character, whatever the share of Swedish or
// Danish letters. The bytes written are never read.
const encoder = new TextEncoder()
const firstLine = new Uint8Array(MAX_LINE_OCTETS)
const nextLine = firstLine.subarray(0, CONTINUATION)

/**
 * Where the physical lines after the first start (string indices), for a
 * content line folded at 75 octets of UTF-8 without splitting a character.
 * Empty when the line fits. A lone surrogate is written as U+FFFD, 3 octets.
 */
function breakIndices(line: string): readonly number[] {
  const length = line.length
  if (length <= SURELY_FITS) return NO_BREAKS
  if (!NON_ASCII.test(line)) {
    if (length <= MAX_LINE_OCTETS) return NO_BREAKS
    const out: number[] = []
    for (let i = MAX_LINE_OCTETS; i < length; i += CONTINUATION) out.push(i)
    return out
  }
  // Each slice has as many code units as the physical line has octets. If it
  // cuts a surrogate pair, the half left at its end would need 3 octets after
  // the rest filled all but at most one, so it never fits: the cut never shows.
  let end = encoder.encodeInto(line.slice(0, MAX_LINE_OCTETS), firstLine).read
  if (end >= length) return NO_BREAKS
  const out = [end]
  for (;;) {
    end += encoder.encodeInto(line.slice(end, end + CONTINUATION), nextLine).read
    if (end >= length) return out
    out.push(end)
  }
}

/**
 * Folds one content line into physical lines of at most 75 octets (counted as
 * UTF-8, never as string length), never splitting a UTF-8 sequence.
 * Continuation lines start with one space, which counts towards their 75.
 */
export function foldLine(line: string): string[] {
  const breaks = breakIndices(line)
  if (breaks.length === 0) return [line]
  const out = [line.slice(0, breaks[0])]
  for (let k = 0; k < breaks.length; k++) out.push(` ${line.slice(breaks[k], breaks[k + 1])}`)
  return out
}

/**
 * One content line as it is written: folded like {@link foldLine}, the
 * physical lines joined and ended with CRLF. Slices of the line, never a
 * string grown a character at a time.
 */
export function foldedText(line: string): string {
  const breaks = breakIndices(line)
  if (breaks.length === 0) return `${line}\r\n`
  let out = line.slice(0, breaks[0])
  for (let k = 0; k < breaks.length; k++) out += `\r\n ${line.slice(breaks[k], breaks[k + 1])}`
  return `${out}\r\n`
}
