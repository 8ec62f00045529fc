import type { BusyBlock, PlanRequest, SnackplanPlugin } from '@snackplan/engine'
import { busyFromCalendars } from './busy/busy-from-ics'
import { parseCalendars } from './busy/parse'
import { calendarError } from './errors'
import { parseDate } from './time/instant'

/** Options of {@link calendarPlugin}. */
export interface CalendarPluginOptions {
  /** Busy blocks as the planner takes them, or iCalendar text of the person's calendar. */
  busy: readonly BusyBlock[] | string
  /** Skip all-day events in ICS text. Default false. */
  ignoreAllDay?: boolean
  /** See `busyFromICS`. Default 100 000. */
  maxOccurrences?: number
  /** See `busyFromICS`. Default `'error'`. */
  unsupportedRecurrence?: 'error' | 'first-occurrence'
}

function addDays(date: string, days: number): string {
  const [y, m, d] = parseDate(date) ?? [Number.NaN, 1, 1]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

function checkBlocks(blocks: readonly BusyBlock[]): BusyBlock[] {
  return blocks.map((b, i) => {
    if (typeof b?.start !== 'string' || typeof b?.end !== 'string') {
      throw calendarError('calendar/busy', `/busy/${i}`, 'a busy block needs string start and end')
    }
    return { start: b.start, end: b.end }
  })
}

/** The request's days: `from` (default programStart) through `to` or `days` (default 7). */
function requestWindow(request: Readonly<PlanRequest>): { from: string; to: string } {
  const from = request.from ?? request.profile.programStart
  if (!parseDate(from)) {
    throw calendarError(
      'calendar/window',
      '/from',
      `expected YYYY-MM-DD, got ${JSON.stringify(from)}`,
    )
  }
  return { from, to: request.to ?? addDays(from, (request.days ?? 7) - 1) }
}

/**
 * A plugin (name `calendar`) that hands the planner busy time from the
 * person's own calendar, so no snack lands in a meeting.
 *
 * @remarks ICS text is parsed once, here, so a broken file fails at setup;
 * each request then expands it over that request's days in the profile's
 * time zone.
 *
 * @example
 * ```ts
 * const planner = createPlanner({ catalog, rules, plugins: [calendarPlugin({ busy: icsText })] })
 * ```
 */
export function calendarPlugin(options: CalendarPluginOptions): SnackplanPlugin {
  const { busy } = options
  if (typeof busy !== 'string') {
    if (!Array.isArray(busy)) {
      throw calendarError(
        'calendar/busy',
        '/busy',
        'busy must be a list of blocks or iCalendar text',
      )
    }
    const blocks = checkBlocks(busy)
    return { name: 'calendar', busy: () => blocks.map((b) => ({ ...b })) }
  }
  const calendars = parseCalendars(busy, 20_000_000)
  return {
    name: 'calendar',
    busy: (request) =>
      busyFromCalendars(calendars, {
        ...requestWindow(request),
        timeZone: request.profile.timeZone,
        ignoreAllDay: options.ignoreAllDay ?? false,
        maxOccurrences: options.maxOccurrences ?? 100_000,
        unsupportedRecurrence: options.unsupportedRecurrence ?? 'error',
      }),
  }
}
