// Stand-ins for toCalendarEvents / toICS while those are being written.
import type { Plan } from '@snackplan/engine'
import type { CalendarEvent } from '@snackplan/plugins-calendar'
import type { FeedEventOptions, FeedIcsOptions } from '../../src/feed'

export function eventsDouble(plan: Plan, options: FeedEventOptions): CalendarEvent[] {
  return plan.days.flatMap((day) =>
    day.snacks.map((snack) => ({
      uid: `${snack.id}@test`,
      start: new Date(snack.start).toISOString().replace('.000', ''),
      end: new Date(Date.parse(snack.start) + 5 * 60_000).toISOString().replace('.000', ''),
      timeZone: plan.timeZone,
      summary: `${snack.exerciseId} · ${snack.durationSec} s`,
      description: `effort ${snack.effort}/10`,
      categories: [snack.focus],
      sequence: 0,
      stamp: `${day.date}T00:00:00Z`,
      alarms: (options.alarms ?? []).map((m) => ({ minutesBefore: m, description: 'snack' })),
      snackId: snack.id,
      locale: options.locale,
    })),
  )
}

function basic(instant: string): string {
  return instant.replace(/[-:]/g, '')
}

export function icsDouble(events: CalendarEvent[], options: FeedIcsOptions): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN']
  if (options.name) lines.push(`X-WR-CALNAME:${options.name}`)
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${basic(e.stamp)}`,
      `DTSTART:${basic(e.start)}`,
      `DTEND:${basic(e.end)}`,
      `SUMMARY:${e.summary}`,
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return `${lines.join('\r\n')}\r\n`
}
