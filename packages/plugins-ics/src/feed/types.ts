import type { Locale } from '@snackplan/catalog'
import type { Plan, PlanRequest, Profile } from '@snackplan/engine'
import type { CalendarEvent } from '@snackplan/plugins-calendar'
import type { FeedWindow } from './window'

/** The part of a snackplan planner the feed needs; `createPlanner()` returns one. */
export interface FeedPlanner {
  plan(request: PlanRequest): Promise<Plan>
}

/** A standard Fetch API handler, as Cloudflare Workers, Deno, Bun and Hono take it. */
export type FetchHandler = (request: Request) => Promise<Response>

/** Turns a plan into calendar events (default: `toCalendarEvents` from `@snackplan/plugins-calendar`). */
export type FeedEventsFunction = (plan: Plan, options: FeedEventOptions) => CalendarEvent[]

/** Turns calendar events into ICS text (default: this package's `toICS`). */
export type FeedSerializeFunction = (events: CalendarEvent[], options: FeedIcsOptions) => string

/** Options the feed hands to the events function for one profile. */
export interface FeedEventOptions {
  locale: Locale
  /** Display alarms, minutes before each snack; omitted for the events function's default. */
  alarms?: number[]
}

/** Options the feed hands to the serializer for one profile. */
export interface FeedIcsOptions {
  /** Calendar name (X-WR-CALNAME / NAME). */
  name?: string
}

/** Options of {@link createFeedHandler}. */
export interface FeedHandlerOptions {
  /** Makes the plans, e.g. `createPlanner({ catalog, rules, plugins })`. */
  planner: FeedPlanner
  /**
   * Looks a profile up by the id in the URL; `undefined` or `null` answers
   * 404. The id has already passed `FEED_ID_PATTERN`.
   */
  getProfile: (
    id: string,
    request: Request,
  ) => Profile | undefined | null | Promise<Profile | undefined | null>
  /** Days around today in the feed. Default `{ pastDays: 7, futureDays: 28 }`. */
  window?: FeedWindow
  /** The clock that decides which day is today; inject it in tests. Default `() => new Date()`. */
  now?: () => Date
  /** Seed for the planner. Default 1, so a profile always gets the same snacks. */
  seed?: number
  /** Path prefix the feeds live under, e.g. `/feeds` for `/feeds/<id>.ics`. Default `''`. */
  basePath?: string
  /** Language of titles and descriptions. Default: the profile's `locale`. */
  locale?: Locale
  /** Display alarms, minutes before each snack. Default: the events function's default. */
  alarms?: number[]
  /** Calendar name, fixed or per profile. Default: the serializer's default. */
  name?: string | ((profile: Profile) => string)
  /**
   * `Cache-Control` of feed answers. Default `public, max-age=3600`, or
   * `private, max-age=3600` when `authorize` is set.
   */
  cacheControl?: string
  /**
   * Optional access check, run before the profile lookup. `false` answers
   * 404, the same as an unknown id, so a feed's existence is not revealed; a
   * `Response` is sent as it is (e.g. a 401 with `WWW-Authenticate`).
   */
  authorize?: (request: Request, id: string) => boolean | Response | Promise<boolean | Response>
  /** Called with anything thrown inside; the client only sees a generic 500. Default: `console.error`. */
  onError?: (error: unknown, request: Request) => void
  /** Replaces plan -> events; for custom event models. */
  toEvents?: FeedEventsFunction
  /** Replaces events -> ICS text; for custom serializers. */
  serialize?: FeedSerializeFunction
}
