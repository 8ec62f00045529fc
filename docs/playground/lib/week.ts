import type { EventInput } from '@fullcalendar/core'
import type { Locale } from '@snackplan/catalog'
import {
  addDays,
  formatZoned,
  type Plan,
  type PlannedDay,
  type PlannedSnack,
  type Profile,
  parseDateTimeInZone,
  weekdayOf,
} from '@snackplan/engine'
import { toCalendarEvents } from '@snackplan/plugins-calendar'

// The calendar runs in 'UTC' mode and is fed floating local times
// (`YYYY-MM-DDTHH:MM:SS`, no offset): it then shows the profile's wall clock
// whatever zone the browser is in, as the plan means it.

/** Local wall time `YYYY-MM-DDTHH:MM:SS` of an instant in a zone. */
export function localWallTime(epochMs: number, timeZone: string): string {
  return formatZoned(epochMs, timeZone).slice(0, 19)
}

function plusMs(local: string, ms: number): string {
  return new Date(Date.parse(`${local}Z`) + ms).toISOString().slice(0, 19)
}

/** What a snack block in the week links back to. */
export interface SnackBlock {
  /** The calendar event's title (localised). */
  title: string
  /** Localised plain-text description from `toCalendarEvents`. */
  description: string
  /** Local start `YYYY-MM-DDTHH:MM:SS`. */
  start: string
  /** The planned snack, when the event came from one. */
  snack?: PlannedSnack
  /** The day it is on. */
  day?: PlannedDay
}

/** A plan made ready for the week view. */
export interface Week {
  /** Calendar events: snack blocks, then shaded work, busy and rest time. */
  events: EventInput[]
  /** Blocks by event id, for the details panel. */
  blocks: Map<string, SnackBlock>
  /** Days by date, for the column headers. */
  days: Map<string, PlannedDay>
  /** Earliest and latest hour shown (`HH:MM:SS`). */
  slotMin: string
  /** See `slotMin`. */
  slotMax: string
}

function hourFloor(time: string): number {
  return Number(time.slice(0, 2))
}

/**
 * Lays a plan out for the week view: every calendar event of the plan (from
 * `toCalendarEvents`, so titles are localised the way calendar apps show
 * them) at its local time, and the profile's work hours, busy blocks and rest
 * days as shading. Snacks are looked up by `snackId`; anything else a plan
 * grows is still shown from its event.
 */
export function layoutWeek(plan: Plan, profile: Profile, locale: Locale): Week {
  const days = new Map(plan.days.map((d) => [d.date, d]))
  const snacks = new Map<string, { snack: PlannedSnack; day: PlannedDay }>()
  for (const day of plan.days) for (const snack of day.snacks) snacks.set(snack.id, { snack, day })
  const blocks = new Map<string, SnackBlock>()
  const events: EventInput[] = []
  for (const event of toCalendarEvents(plan, { locale })) {
    const found = snacks.get(event.snackId)
    const start = found
      ? found.snack.start.slice(0, 19)
      : localWallTime(Date.parse(event.start), plan.timeZone)
    const end = plusMs(start, Date.parse(event.end) - Date.parse(event.start))
    const kind = found?.snack.kind ?? 'other'
    blocks.set(event.uid, { title: event.summary, description: event.description, start, ...found })
    events.push({
      id: event.uid,
      title: event.summary,
      start,
      end,
      classNames: ['snack', `snack-kind-${kind}`],
      extendedProps: { snackId: event.snackId, kind, effort: found?.snack.effort },
    })
  }
  for (const day of plan.days) {
    const next = addDays(day.date, 1)
    if (day.dayType === 'rest') {
      events.push({
        start: `${day.date}T00:00:00`,
        end: `${next}T00:00:00`,
        display: 'background',
        classNames: ['rest-time'],
      })
      continue
    }
    const work = profile.days[weekdayOf(day.date)]?.work
    if (work) {
      events.push({
        start: `${day.date}T${work[0]}:00`,
        end: `${day.date}T${work[1]}:00`,
        display: 'background',
        classNames: ['work-time'],
      })
    }
  }
  for (const block of profile.busy ?? []) {
    events.push({
      start: localWallTime(parseDateTimeInZone(block.start, profile.timeZone), profile.timeZone),
      end: localWallTime(parseDateTimeInZone(block.end, profile.timeZone), profile.timeZone),
      display: 'background',
      classNames: ['busy-time'],
    })
  }
  const wake = hourFloor(profile.wake)
  const bed = hourFloor(profile.bed) + 1
  const night = bed <= wake
  return {
    events,
    blocks,
    days,
    slotMin: night ? '00:00:00' : `${String(wake).padStart(2, '0')}:00:00`,
    slotMax: night ? '24:00:00' : `${String(Math.min(bed, 24)).padStart(2, '0')}:00:00`,
  }
}

/** `3 min 30 s` for 210. */
export function formatSeconds(total: number): string {
  const min = Math.floor(total / 60)
  const sec = total % 60
  if (min === 0) return `${sec} s`
  return sec === 0 ? `${min} min` : `${min} min ${sec} s`
}
