import type { Locale } from '@snackplan/catalog'
import type { BusyBlock, Plan, Profile } from '@snackplan/engine'
import { busyFromICS, toCalendarEvents } from '@snackplan/plugins-calendar'
import { toICS } from '@snackplan/plugins-ics'
import { programWindow } from './plan'

/** The week as an RFC 5545 calendar, the same bytes `snackplan plan --format ics` writes for it. */
export function weekICS(plan: Plan, locale: Locale): string {
  return toICS(toCalendarEvents(plan, { locale }), { name: `snackplan ${plan.profileId}` })
}

/** Offers the week as an .ics download. */
export function downloadWeekICS(plan: Plan, locale: Locale): void {
  const url = URL.createObjectURL(new Blob([weekICS(plan, locale)], { type: 'text/calendar' }))
  const a = document.createElement('a')
  a.href = url
  a.download = `${plan.profileId}-${plan.from}.ics`
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/**
 * Busy time from a calendar file over the program's first weeks, added to
 * the profile's `busy` (blocks it has already are not added twice).
 *
 * @returns the profile's new JSON text and how many blocks were added.
 * @throws SnackplanError from `busyFromICS` for a file it cannot read.
 */
export function importBusyTime(profile: Profile, ics: string): { text: string; added: number } {
  const found = busyFromICS(ics, { ...programWindow(profile), timeZone: profile.timeZone })
  const busy: BusyBlock[] = [...(profile.busy ?? [])]
  const seen = new Set(busy.map((b) => `${b.start}/${b.end}`))
  let added = 0
  for (const block of found) {
    const key = `${block.start}/${block.end}`
    if (seen.has(key)) continue
    seen.add(key)
    busy.push({ start: block.start, end: block.end })
    added++
  }
  return { text: `${JSON.stringify({ ...profile, busy }, null, 2)}\n`, added }
}
