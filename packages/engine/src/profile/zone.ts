import { isValidTimeZone } from '../time/offset'

/**
 * How the runtime knows a zone name: `unknown`, `canonical` when spelled as
 * the runtime spells it (or as an alias it keeps, e.g. `US/Eastern`), or the
 * runtime's spelling when the name differs only in letter case
 * (`europe/stockholm`), which calendar clients may not match.
 */
export function zoneSpelling(timeZone: string): 'unknown' | 'canonical' | { preferred: string } {
  if (!isValidTimeZone(timeZone)) return 'unknown'
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone
  if (resolved !== timeZone && resolved.toLowerCase() === timeZone.toLowerCase()) {
    return { preferred: resolved }
  }
  return 'canonical'
}
