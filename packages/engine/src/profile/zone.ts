import { isValidTimeZone } from '../time/offset'

// Building an Intl.DateTimeFormat costs far more than the rest of a check.
// Keyed by lower case (zone names are case-insensitive) so it stays as small
// as the zone database whatever spellings come in.
const resolvedNames = new Map<string, string>()

/**
 * How the runtime knows a zone name: `unknown`, `canonical` when spelled as
 * the runtime spells it (or as an alias it keeps, e.g. `US/Eastern`), or the
 * runtime's spelling when the name differs only in letter case
 * (`europe/stockholm`), which calendar clients may not match.
 */
export function zoneSpelling(timeZone: string): 'unknown' | 'canonical' | { preferred: string } {
  if (!isValidTimeZone(timeZone)) return 'unknown'
  const key = timeZone.toLowerCase()
  let resolved = resolvedNames.get(key)
  if (resolved === undefined) {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone
    resolvedNames.set(key, resolved)
  }
  if (resolved !== timeZone && resolved.toLowerCase() === timeZone.toLowerCase()) {
    return { preferred: resolved }
  }
  return 'canonical'
}

/**
 * The zone name a profile is loaded with: the runtime's spelling when the
 * name differs from it only in letter case (`europe/stockholm` ->
 * `Europe/Stockholm`), so calendars and feeds get the name they match on;
 * any other name as written.
 */
export function canonicalZone(timeZone: string): string {
  const spelling = zoneSpelling(timeZone)
  return typeof spelling === 'object' ? spelling.preferred : timeZone
}

let zones: readonly string[] | undefined

/**
 * The zone names the runtime lists, for "did you mean" suggestions; empty
 * where `Intl.supportedValuesOf` is missing (older runtimes).
 */
export function knownZones(): readonly string[] {
  if (zones === undefined) {
    const intl = Intl as { supportedValuesOf?: (key: string) => string[] }
    zones = typeof intl.supportedValuesOf === 'function' ? intl.supportedValuesOf('timeZone') : []
  }
  return zones
}
