import { escapeText } from './escape'
import { foldedText } from './fold'
import { contentLine, property } from './lines'

/**
 * Remembers written lines for one calendar: a year of snacks repeats the same
 * few titles and descriptions hundreds of times, and every DTSTART/DTEND in a
 * zone starts the same way, so a Map lookup replaces cleaning, escaping and
 * folding them again. Made per `toICS` call, so it never outlives it.
 */
export class LineMemo {
  private readonly lines = new Map<string, Map<string, string>>()
  private readonly escaped = new Map<string, string>()
  private readonly prefixes = new Map<string, Map<string, string>>()

  /** The folded, CRLF-ended `NAME:value` line for raw text, or `''` when it is blank. */
  text(name: string, raw: string): string {
    const byText = inner(this.lines, name)
    let out = byText.get(raw)
    if (out === undefined) {
      const value = this.value(raw)
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

// The map kept under `key`, made on first use.
function inner(maps: Map<string, Map<string, string>>, key: string): Map<string, string> {
  let map = maps.get(key)
  if (!map) {
    map = new Map()
    maps.set(key, map)
  }
  return map
}
