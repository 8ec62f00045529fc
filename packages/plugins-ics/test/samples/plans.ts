import { readFileSync } from 'node:fs'
import { createPlanner } from '@snackplan/engine'
import { type CalendarEvent, toCalendarEvents } from '@snackplan/plugins-calendar'

/** The sample profiles of examples/profiles, each in its own language and the other two. */
export const SAMPLES = ['anna', 'lars', 'sam'] as const
export const LOCALES = ['en', 'sv', 'da'] as const

const profile = (id: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../../examples/profiles/${id}.json`, import.meta.url), 'utf8'),
  )

/** Four weeks of each sample profile's default plan as calendar events, per locale. */
export async function sampleCalendars(): Promise<Map<string, CalendarEvent[]>> {
  const planner = createPlanner()
  const out = new Map<string, CalendarEvent[]>()
  for (const id of SAMPLES) {
    const plan = await planner.plan({ profile: profile(id), days: 28, seed: 1 })
    for (const locale of LOCALES) {
      out.set(`${id}-${locale}`, toCalendarEvents(plan, { locale, alarms: [{ minutesBefore: 2 }] }))
    }
  }
  return out
}
