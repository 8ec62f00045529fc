import { offsetMinutesAt } from './offset'

const DAY = 86_400_000

// Names that mean UTC itself: a TZID for them would only add a pointless VTIMEZONE.
const UTC_NAMES = new Set([
  'UTC',
  'Etc/UTC',
  'Etc/UCT',
  'UCT',
  'Etc/Universal',
  'Universal',
  'Etc/Zulu',
  'Zulu',
  'GMT',
  'Etc/GMT',
  'Etc/GMT0',
  'Etc/GMT+0',
  'Etc/GMT-0',
  'GMT0',
  'GMT+0',
  'GMT-0',
  'Etc/Greenwich',
  'Greenwich',
])

/** True for zone names that are UTC under another name. */
export function isUtcZone(timeZone: string): boolean {
  return UTC_NAMES.has(timeZone)
}

/** The wall clock that `ms` shows in `timeZone`, as epoch ms read in UTC. */
export function wallClock(ms: number, timeZone: string): number {
  return ms + offsetMinutesAt(ms, timeZone) * 60_000
}

/**
 * True when the wall clock of `ms` in `timeZone` happens twice (the repeated
 * hour of an autumn change): written with TZID it would be read as its first
 * occurrence, so the caller writes such an instant in UTC.
 */
export function isAmbiguousWall(ms: number, timeZone: string): boolean {
  const own = offsetMinutesAt(ms, timeZone)
  const wall = ms + own * 60_000
  for (const probe of [ms - DAY, ms + DAY]) {
    const other = offsetMinutesAt(probe, timeZone)
    if (other !== own && offsetMinutesAt(wall - other * 60_000, timeZone) === other) return true
  }
  return false
}
