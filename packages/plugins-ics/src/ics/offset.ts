// A local twin of the engine's time/offset.ts: @snackplan/engine does not export
// it yet. Zone offsets come from Intl alone, so nothing depends on the host's TZ.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** True when the runtime knows this IANA zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone)
    return true
  } catch {
    return false
  }
}

/** The zone's UTC offset in minutes at an instant, east positive (60 for Stockholm in winter). */
export function offsetMinutesAt(epochMs: number, timeZone: string): number {
  const parts: Record<string, number> = {}
  let bc = false
  for (const p of formatter(timeZone).formatToParts(new Date(epochMs))) {
    if (p.type === 'era') bc = p.value.startsWith('B')
    else if (p.type !== 'literal') parts[p.type] = Number(p.value)
  }
  const year = bc ? 1 - parts.year! : parts.year!
  const asUtc = new Date(0)
  asUtc.setUTCFullYear(year, parts.month! - 1, parts.day!)
  asUtc.setUTCHours(parts.hour!, parts.minute!, parts.second!, 0)
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000
  return Math.round((asUtc.getTime() - wholeSeconds) / 60_000)
}
