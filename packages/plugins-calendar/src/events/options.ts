import type { Locale } from '@snackplan/catalog'
import type { ExerciseLookup } from '@snackplan/engine'
import type { PreviousEvent } from './sequence'

export type { ExerciseLookup }

/** A display alarm before each snack. */
export interface AlarmOption {
  /** Whole minutes before the start, 0 to 40320 (four weeks). */
  minutesBefore: number
}

/** Options of {@link toCalendarEvents}. */
export interface CalendarEventOptions {
  /** Language of titles, descriptions, categories and alarms. Default `en`. */
  locale?: Locale
  /** Where the plan's exercise ids are looked up (names, cues, safety, dose unit). Default: the built-in catalog. */
  catalog?: ExerciseLookup
  /** Display alarms for every event, e.g. `[{ minutesBefore: 5 }]`. Default none. */
  alarms?: AlarmOption[]
  /** Shortest event in minutes, so calendar grids show it. Default 5; 0 keeps the real length. */
  minDurationMin?: number
  /** Events served before (e.g. by a feed); changed ones get `sequence + 1`. */
  previous?: readonly PreviousEvent[]
  /** DTSTAMP as an ISO instant. Default: midnight UTC of `plan.from`, never the clock. */
  stamp?: string
  /**
   * Server-side secret mixed into UIDs (HMAC-SHA-256), so that guessable
   * profile ids cannot be confirmed from a UID. Changing it changes every UID.
   */
  uidSecret?: string
}
