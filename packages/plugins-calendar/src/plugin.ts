import {
  type BusyBlock,
  contentHash,
  type PlanRequest,
  type SnackplanPlugin,
} from '@snackplan/engine'
import { version } from '../package.json'
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

// Everything the plugin's busy time depends on besides the request (which
// the planner's fingerprint already covers): the calendar, the options and
// this package's code.
function fingerprintOf(busy: readonly BusyBlock[] | string, options: ExpansionOptions): string {
  const input = [busy, options.ignoreAllDay, options.maxOccurrences, options.unsupportedRecurrence]
  return `calendar@${version}:${contentHash(input)}`
}

/** The plugin's expansion options with their defaults: what busy time and the fingerprint both use. */
type ExpansionOptions = Required<
  Pick<CalendarPluginOptions, 'ignoreAllDay' | 'maxOccurrences' | 'unsupportedRecurrence'>
>

function expansionOptions(options: CalendarPluginOptions): ExpansionOptions {
  return {
    ignoreAllDay: options.ignoreAllDay ?? false,
    maxOccurrences: options.maxOccurrences ?? 100_000,
    unsupportedRecurrence: options.unsupportedRecurrence ?? 'error',
  }
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
 * time zone. Its `fingerprint` (this package's version and a hash of the
 * calendar and options) lets feeds answer 304 without planning; a new
 * calendar text means a new plugin, and so a new fingerprint.
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
    const fingerprint = fingerprintOf(blocks, expansionOptions(options))
    return {
      name: 'calendar',
      busy: () => blocks.map((b) => ({ ...b })),
      fingerprint: () => fingerprint,
    }
  }
  const calendars = parseCalendars(busy, 20_000_000)
  const expansion = expansionOptions(options)
  const fingerprint = fingerprintOf(busy, expansion)
  return {
    name: 'calendar',
    fingerprint: () => fingerprint,
    busy: (request) =>
      busyFromCalendars(calendars, {
        ...requestWindow(request),
        timeZone: request.profile.timeZone,
        ...expansion,
      }),
  }
}
