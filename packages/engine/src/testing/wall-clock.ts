// Wall-clock readings straight from Intl, independent of the engine's own
// time module, so the invariants do not check the planner with its own code.

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** Local date, seconds of day and UTC offset (minutes, east positive) of an instant in a zone. */
export interface WallClock {
  date: string
  /** `HH:MM:SS`. */
  time: string
  secondOfDay: number
  offsetMinutes: number
}

/** Reads the wall clock of `timeZone` at `epochMs`. */
export function wallClock(epochMs: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {}
  for (const p of formatter(timeZone).formatToParts(new Date(epochMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value)
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts
  const local = Date.UTC(year, month - 1, day, hour, minute, second)
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  return {
    date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    time: `${pad(hour)}:${pad(minute)}:${pad(second)}`,
    secondOfDay: hour * 3600 + minute * 60 + second,
    offsetMinutes: Math.round((local - Math.floor(epochMs / 1000) * 1000) / 60_000),
  }
}

/** `+HH:MM` / `-HH:MM`. */
export function offsetText(minutes: number): string {
  const abs = Math.abs(minutes)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}
