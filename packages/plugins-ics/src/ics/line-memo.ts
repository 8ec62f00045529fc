import { escapeText } from './escape'
import { foldedText } from './fold'
import { contentLine, property } from './lines'

/**
 * Remembers written lines for one calendar: a year of snacks repeats the same
 * few titles and descriptions hundreds of times, and every DTSTART/DTEND in a
 * zone starts the same way, so a Map lookup replaces cleaning, escaping and
 * folding them again. Made per `toICS` call, so it never outlives it, and
 * keyed by the text's content, not by event, so events with the same text
 * share its line.
 */
export class LineMemo {
  private readonly lines = new Map<string, TextTable>()
  private readonly escaped = new Map<string, string>()
  private readonly prefixes = new Map<string, Map<string, string>>()

  /** The folded, CRLF-ended `NAME:value` line for raw text, or `''` when it is blank. */
  text(name: string, raw: string): string {
    let byText = this.lines.get(name)
    if (!byText) {
      byText = new TextTable()
      this.lines.set(name, byText)
    }
    let out = byText.get(raw)
    if (out === undefined) {
      // Not through value(): its Map would hash the text after all.
      const value = escapeText(raw)
      out = value === '' ? '' : property(name, value)
      byText.set(raw, out)
    }
    return out
  }

  /** Raw text cleaned and escaped (RFC 5545 3.3.11), `''` when it is blank. */
  value(raw: string): string {
    let out = this.escaped.get(raw)
    if (out === undefined) {
      out = escapeText(raw)
      this.escaped.set(raw, out)
    }
    return out
  }

  /** `NAME;TZID=zone:value`, folded and ended with CRLF; the part before the value is kept. */
  zoned(name: string, tzid: string, value: string): string {
    const byZone = inner(this.prefixes, name)
    let prefix = byZone.get(tzid)
    if (prefix === undefined) {
      // The unfolded line without its value, e.g. `DTSTART;TZID=Europe/Stockholm:`.
      prefix = contentLine(name, '', [['TZID', tzid]])
      byZone.set(tzid, prefix)
    }
    return foldedText(prefix + value)
  }
}

// Most texts of a plan differ in length, and two that do not usually differ
// within their first lines: the few of one length are told apart by ===.
const SAME_LENGTH = 16

/**
 * A map from text to its written line, keyed by the text's length first. A
 * Map keyed by the text itself hashes every character of a kilobyte
 * description on each lookup, which costs about as much as cleaning it;
 * comparing it with the few earlier texts of its length stops at the first
 * difference. At most {@link SAME_LENGTH} texts are kept per length: past
 * them, a text of that length is compared that many times and then written
 * anew, so no calendar makes the lookups grow with its size.
 */
class TextTable {
  private readonly byLength = new Map<number, string[]>()

  /** The line kept for `text`. */
  get(text: string): string | undefined {
    const entries = this.byLength.get(text.length)
    if (!entries) return undefined
    // [text, line, text, line, ...]
    for (let i = 0; i < entries.length; i += 2) if (entries[i] === text) return entries[i + 1]
    return undefined
  }

  /** Keeps `line` for `text`, unless its length already has enough texts. */
  set(text: string, line: string): void {
    const entries = this.byLength.get(text.length)
    if (!entries) this.byLength.set(text.length, [text, line])
    else if (entries.length < 2 * SAME_LENGTH) entries.push(text, line)
  }
}

// The map kept under `key`, made on first use.
function inner(maps: Map<string, Map<string, string>>, key: string): Map<string, string> {
  let map = maps.get(key)
  if (!map) {
    map = new Map()
    maps.set(key, map)
  }
  return map
}
