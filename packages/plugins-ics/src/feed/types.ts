import type { Locale } from '@snackplan/catalog'
import type { Plan, PlanRequest, Profile } from '@snackplan/engine'
import type {
  AlarmOption,
  CalendarEvent,
  CalendarEventOptions,
  ExerciseLookup,
} from '@snackplan/plugins-calendar/events'
import type { ToICSOptions } from '../ics'
import type { FeedCache } from './cache'
import type { FeedStore } from './store'
import type { FeedWindow } from './window'

/** The part of a snackplan planner the feed needs; `createPlanner()` returns one. */
export interface FeedPlanner {
  /** Makes the plan a feed request is served from. */
  plan(request: PlanRequest): Promise<Plan>
  /**
   * Names everything `plan(request)` depends on, or `undefined` when that
   * cannot be known before planning. Without it the feed plans every request
   * and its ETag is a hash of the body.
   */
  fingerprint?(request: PlanRequest): Promise<string | undefined>
  /** The planner's catalog; when the feed looks exercise texts up in it, its content is in the fingerprint already. */
  readonly catalog?: ExerciseLookup
  /**
   * Does the planner's one-time work ahead of the first request (hashing
   * its own part of the fingerprint, loading time-zone data);
   * `createFeedHandler` calls it when the handler is made.
   */
  prepare?(): void
}

/** A standard Fetch API handler, as Cloudflare Workers, Deno, Bun and Hono take it. */
export type FetchHandler = (request: Request) => Promise<Response>

/** Turns a plan into calendar events (default: `toCalendarEvents` from `@snackplan/plugins-calendar`). */
export type FeedEventsFunction = (plan: Plan, options: CalendarEventOptions) => CalendarEvent[]

/** Turns calendar events into ICS text (default: this package's `toICS`). */
export type FeedSerializeFunction = (events: CalendarEvent[], options: ToICSOptions) => string

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
  /** Calendar name, fixed or per profile. Default: `toICS`'s default. */
  name?: string | ((profile: Profile) => string)
  /**
   * Where exercise names, cues and safety notes are looked up. Default: the
   * planner's `catalog`, or `defaultCatalog` for a planner without one.
   */
  catalog?: ExerciseLookup
  /** Display alarms before each snack, e.g. `[{ minutesBefore: 2 }]`. Default none. */
  alarms?: AlarmOption[]
  /** `'local'` (TZID + VTIMEZONE, the default) or `'utc'` DTSTART/DTEND. */
  times?: 'local' | 'utc'
  /**
   * Further `toCalendarEvents` options (e.g. `minDurationMin`, `uidSecret`);
   * `locale`, `catalog` and `alarms` above take precedence.
   */
  events?: Omit<CalendarEventOptions, 'locale'>
  /**
   * Further `toICS` options (e.g. `refreshHours`, `description`);
   * `name` and `times` above take precedence.
   */
  ics?: Omit<ToICSOptions, 'name'>
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
  /**
   * Longest a request may take, in ms (1 to 600000). A request still
   * waiting for `authorize`, `getProfile`, the store, the cache, the
   * planner or (with a store) its turn behind an earlier request for the
   * same feed then is answered 503 with `Retry-After: 60`, `onError` gets a
   * `feed/timeout` SnackplanError, and the late work records nothing in the
   * store or cache. Default 10000.
   */
  timeoutMs?: number
  /** Called with anything thrown inside; the client only sees a generic 500. Default: `console.error`. */
  onError?: (error: unknown, request: Request) => void
  /**
   * Remembers what was served per profile, so SEQUENCE grows when a snack
   * changes and unchanged snacks keep their DTSTAMP (and the feed its
   * Last-Modified). Default none: stateless, SEQUENCE 0, DTSTAMP from the plan.
   * With a store, authorised requests for one feed take turns in the
   * handler, so each reads what the one before it recorded.
   */
  store?: FeedStore
  /**
   * Keeps rendered bodies by their validator, so a repeated 200 (a new
   * client, or one whose cache was cleared) is served without planning:
   * `memoryFeedCache()` in Node, the Cache API or KV in Workers. Used only
   * when the validator is known before planning. Default none.
   */
  cache?: FeedCache
  /**
   * A string mixed into every validator. Change it to invalidate all ETags
   * and cached bodies, e.g. on a deploy that changes your own code. Required
   * for validators known before planning when `toEvents`, `serialize` or a
   * `catalog` that is not a loaded Catalog is given: their output cannot be
   * named otherwise. Default none.
   */
  fingerprint?: string
  /** Replaces plan -> events; for custom event models. */
  toEvents?: FeedEventsFunction
  /** Replaces events -> ICS text; for custom serializers. */
  serialize?: FeedSerializeFunction
}
