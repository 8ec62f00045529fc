import ICAL from 'ical.js'
import nodeIcal from 'node-ical'

/** What an independent parser read back for one VEVENT. */
export interface ParsedEvent {
  uid: string
  start: number
  end: number
  summary: string
  description: string
}

function wallMs(t: ICAL.Time): number {
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second)
}

/** Reads events with ical.js, resolving TZIDs against the calendar's own VTIMEZONEs only. */
export function parseWithIcalJs(text: string): ParsedEvent[] {
  const cal = new ICAL.Component(ICAL.parse(text))
  const zones = new Map<string, ICAL.Timezone>()
  for (const vtz of cal.getAllSubcomponents('vtimezone')) {
    const tz = new ICAL.Timezone(vtz)
    zones.set(tz.tzid, tz)
  }
  const instant = (ev: ICAL.Component, name: string): number => {
    const prop = ev.getFirstProperty(name)!
    const t = prop.getFirstValue() as ICAL.Time
    const tzid = prop.getParameter('tzid')
    if (typeof tzid !== 'string') {
      if (t.zone !== ICAL.Timezone.utcTimezone) throw new Error(`${name} is floating`)
      return wallMs(t)
    }
    const tz = zones.get(tzid)
    if (!tz) throw new Error(`no VTIMEZONE for ${tzid}`)
    return wallMs(t) - tz.utcOffset(t) * 1000
  }
  return cal.getAllSubcomponents('vevent').map((ev) => ({
    uid: String(ev.getFirstPropertyValue('uid')),
    start: instant(ev, 'dtstart'),
    end: instant(ev, 'dtend'),
    summary: String(ev.getFirstPropertyValue('summary') ?? ''),
    description: String(ev.getFirstPropertyValue('description') ?? ''),
  }))
}

/** Reads events with node-ical (which resolves TZIDs by IANA name). */
export function parseWithNodeIcal(text: string): ParsedEvent[] {
  const data = nodeIcal.sync.parseICS(text)
  const out: ParsedEvent[] = []
  for (const c of Object.values(data)) {
    if (c?.type !== 'VEVENT') continue
    const str = (v: unknown): string =>
      typeof v === 'string' ? v : v && typeof v === 'object' && 'val' in v ? String(v.val) : ''
    out.push({
      uid: String(c.uid),
      start: (c.start as Date).getTime(),
      end: (c.end as Date).getTime(),
      summary: str(c.summary),
      description: str(c.description),
    })
  }
  return out
}

/**
 * node-ical 0.27 unescapes TEXT with an ordered chain (`\,` `\;` `\n` `\\`, then
 * strips one pair of surrounding double quotes), so it misreads two RFC 5545
 * values that ical.js, icalendar, vobject and libical all read right: a literal
 * backslash before `n`/`N` (our `\\n` becomes backslash + newline) and a value
 * wrapped in double quotes. Text comparisons with node-ical skip those.
 */
export function nodeIcalReadsTextExactly(clean: string): boolean {
  return !/\\[nN]/.test(clean) && !/^"(.*)"$/.test(clean)
}
