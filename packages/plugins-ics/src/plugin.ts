import type { Locale } from '@snackplan/catalog'
import type { SnackplanPlugin } from '@snackplan/engine'
import { type CalendarEventOptions, toCalendarEvents } from '@snackplan/plugins-calendar/events'
import { type ToICSOptions, toICS } from './ics'

/** Options of {@link icsPlugin}: defaults for every export. */
export interface IcsPluginOptions {
  /** `toCalendarEvents` options (locale, alarms, minDurationMin, uidSecret...). */
  events?: Omit<CalendarEventOptions, 'catalog'>
  /** `toICS` options (name, times, transparency, refreshHours...). */
  ics?: ToICSOptions
}

/**
 * A plugin (name `ics`) that lets a planner write plans as RFC 5545 text:
 * `planner.export('ics', plan, { locale: 'sv', name: 'Snacks' })`. Exercise
 * texts come from the planner's own catalog.
 *
 * @example
 * ```ts
 * const planner = createPlanner({ plugins: [icsPlugin({ ics: { times: 'utc' } })] })
 * const text = planner.export('ics', await planner.plan({ profile }))
 * ```
 */
export function icsPlugin(options: IcsPluginOptions = {}): SnackplanPlugin {
  return {
    name: 'ics',
    exporters: {
      ics(plan, { catalog, options: call }) {
        const locale = (call.locale as Locale | undefined) ?? options.events?.locale
        const events = toCalendarEvents(plan, {
          ...options.events,
          catalog,
          ...(locale ? { locale } : {}),
        })
        const name = typeof call.name === 'string' ? call.name : options.ics?.name
        return toICS(events, { ...options.ics, ...(name ? { name } : {}) })
      },
    },
  }
}
