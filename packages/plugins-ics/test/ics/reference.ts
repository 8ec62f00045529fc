// Plain reference implementations of folding, escaping and date-times: the
// obvious way, a code point or a Date at a time, with octets counted by
// TextEncoder. The serializer's fast paths must give exactly their output.

const encoder = new TextEncoder()

/** Folds at 75 octets one code point at a time, counting octets with TextEncoder. */
export function referenceFold(line: string): string[] {
  const out: string[] = []
  let current = ''
  let size = 0
  for (const cp of line) {
    const n = encoder.encode(cp).length
    if (size + n > 75) {
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

/**
 * Line breaks to `\n`, U+FEFF removed, then the text policy spelled out: lone
 * surrogates to U+FFFD, bidirectional controls and other controls removed, a
 * TAB as a space, NFC; trimmed.
 */
export function referenceClean(value: string): string {
  return (
    value
      .replace(/\r\n?|\u2028|\u2029/g, '\n')
      .replace(/\uFEFF/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      .replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
      .replace(/\t/g, ' ')
      .normalize('NFC')
      .trim()
  )
}

/** RFC 5545 3.3.11 escaping after {@link referenceClean}, one match at a time. */
export function referenceEscape(value: string): string {
  return referenceClean(value).replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?Z$/

/** Reads a UTC instant with a Date and checks it by reading the fields back. */
export function referenceInstant(value: string): number | undefined {
  const m = INSTANT.exec(value)
  if (!m || (m[7] && /[1-9]/.test(m[7]))) return undefined
  const f = m.slice(1, 7).map((x) => Number(x ?? 0))
  const y = f[0]!
  const mo = f[1]!
  const d = f[2]!
  const h = f[3]!
  const mi = f[4]!
  const s = f[5]!
  const date = new Date(0)
  date.setUTCFullYear(y, mo - 1, d)
  date.setUTCHours(h, mi, s, 0)
  const back = new Date(date.getTime())
  const same =
    back.getUTCFullYear() === y &&
    back.getUTCMonth() === mo - 1 &&
    back.getUTCDate() === d &&
    h <= 23 &&
    mi <= 59 &&
    s <= 59
  return same ? date.getTime() : undefined
}

/** `YYYYMMDDTHHMMSS` of `ms` read in UTC, from a Date's fields. */
export function referenceWall(ms: number): string {
  const d = new Date(ms)
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  return (
    `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}` +
    `T${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`
  )
}
