import { defaultCatalog, isSnackplanError, SnackplanError, showValue } from '@snackplan/catalog'
import {
  checkProfile,
  contentHash,
  isDeepFrozen,
  type PlanRequest,
  type Profile,
} from '@snackplan/engine'
import type {
  CalendarEvent,
  CalendarEventOptions,
  PreviousEvent,
} from '@snackplan/plugins-calendar/events'
import { version } from '../../package.json'
import type { ToICSOptions } from '../ics'
import { ifNoneMatchHits } from './conditional'
import { defaultSerialize, defaultToEvents } from './defaults'
import { fnv1a64 } from './hash'
import { newestHttpDate } from './headers'
import { ALLOWED_METHODS, feedResponse, notModified, textResponse } from './responses'
import { matchRoute, normaliseBasePath } from './route'
import { toPrevious } from './store'
import { checkTimeoutMs } from './timeout'
import { Turns } from './turns'
import type { FeedHandlerOptions, FetchHandler } from './types'
import { feedValidator, lookupHash, stateHash } from './validator'
import { resolveWindow, rollingWindow } from './window'

const encoder = new TextEncoder()

/**
 * A subscribable ICS feed as a standard Fetch API handler.
 *
 * @remarks `GET` and `HEAD` on `<basePath>/<id>.ics` answer 200
 * `text/calendar; charset=utf-8` with a strong `ETag`, `Last-Modified` (the
 * newest DTSTAMP: from the plan, or with a `store` when the content last
 * changed), `Cache-Control` and an RFC 6266 `Content-Disposition`;
 * `If-None-Match` (lists, weak comparison, `*`) answers 304. Unknown ids get
 * 404, malformed ids 400, other methods 405 with `Allow`, and anything thrown
 * inside a generic 500.
 *
 * The ETag is known before planning: a hash of the plan's inputs (through
 * `planner.fingerprint`), the calendar options, the package version and, with
 * a `store`, what the store holds. A matching `If-None-Match` is answered
 * 304 without planning or serialising, and with a `cache` a repeated 200 is
 * served from it. When the planner cannot name its inputs (a plugin hook
 * without a fingerprint) or the events or text come from custom functions
 * without `fingerprint`, the feed plans every request and the ETag is a hash
 * of the body, as before.
 *
 * With a `store`, authorised requests for one feed take turns within the
 * handler, so each reads the record the one before it wrote (in a store
 * that reads its own writes) and SEQUENCE only grows.
 *
 * The window rolls: every request plans from today in the profile's zone
 * minus `pastDays` through today plus `futureDays`. `If-Modified-Since` is
 * deliberately not honoured: a rolled window can drop old snacks without any
 * newer DTSTAMP, so only the ETag tells whether the body changed.
 *
 * Uses no Node built-ins and no code generation; runs in Cloudflare Workers.
 * Options are checked when the handler is made (a SnackplanError for a bad
 * `window`), not on each request, and the planner's one-time work is done
 * then too (`planner.prepare()`, when it has one).
 *
 * @example
 * ```ts
 * const handler = createFeedHandler({ planner, getProfile: async (id) => profiles[id] })
 * export default { fetch: handler }
 * ```
 */
export function createFeedHandler(options: FeedHandlerOptions): FetchHandler {
  const window = resolveWindow(options.window)
  const basePath = normaliseBasePath(options.basePath ?? '')
  const now = options.now ?? (() => new Date())
  const toEvents = options.toEvents ?? defaultToEvents
  const serialize = options.serialize ?? defaultSerialize
  const { store, cache } = options
  // The planner's one-time work now, not in the first request's time.
  options.planner.prepare?.()
  const cacheControl =
    options.cacheControl ?? (options.authorize ? 'private, max-age=3600' : 'public, max-age=3600')
  const onError =
    options.onError ??
    ((error: unknown) => console.error('[snackplan] [ics] feed request failed:', error))
  // The part of every validator that is the same for all requests, or
  // null when a custom step's output cannot be named without running it.
  let fixedPart: string | null | undefined

  function fixed(): string | null {
    if (fixedPart !== undefined) return fixedPart
    const lookup = textCatalog()
    const custom = options.toEvents !== undefined || options.serialize !== undefined
    const lookupPart = lookup === options.planner.catalog ? 'planner' : lookupHash(lookup)
    fixedPart =
      options.fingerprint === undefined && (custom || lookupPart === undefined)
        ? null
        : contentHash({
            feed: 1,
            version,
            lookup: lookupPart ?? null,
            fingerprint: options.fingerprint ?? null,
            store: store !== undefined,
          })
    return fixedPart
  }

  // Everything the body depends on but the store, or undefined when unknown.
  async function inputsOf(request: PlanRequest, profile: Profile): Promise<string | undefined> {
    const shared = fixed()
    if (shared === null || !options.planner.fingerprint) return undefined
    const plan = await options.planner.fingerprint(request)
    if (plan === undefined) return undefined
    const { catalog: _lookup, ...events } = eventOptions(profile)
    return contentHash({ shared, plan, events, ics: icsOptions(profile) })
  }

  async function feed(request: Request, id: string, deadline: Deadline): Promise<Response> {
    if (options.authorize) {
      const verdict = await options.authorize(request, id)
      if (verdict instanceof Response) return verdict
      if (!verdict) return textResponse(404, 'Not Found', request.method)
    }
    if (!store) return served(request, id, deadline)
    // The turn ends when this request is answered or times out, whichever
    // comes first; one whose time ran out while it waited does nothing.
    return turns.take(id, () =>
      deadline.expired
        ? deadline.late
        : Promise.race([served(request, id, deadline), deadline.late]),
    )
  }

  // The feed for an authorised request: read, plan, record, answer.
  async function served(request: Request, id: string, deadline: Deadline): Promise<Response> {
    const method = request.method
    const found = await options.getProfile(id, request)
    if (!found) return textResponse(404, 'Not Found', method)
    const profile = checkedProfile(found)
    const planRequest: PlanRequest = {
      profile,
      ...rollingWindow(now(), profile.timeZone, window),
      seed: options.seed ?? 1,
    }
    let previous = await remembered(id, request)
    const inputs = await inputsOf(planRequest, profile)
    const wanted = request.headers.get('If-None-Match')

    if (inputs !== undefined) {
      const tag = feedValidator(inputs, previous)
      if (ifNoneMatchHits(wanted, `"${tag}"`)) return notModified(`"${tag}"`, cacheControl)
      const cached = await cache?.get(tag)
      if (cached) {
        return feedResponse(method, id, `"${tag}"`, cacheControl, cached.body, cached.lastModified)
      }
    }

    const plan = await options.planner.plan(planRequest)
    let events: CalendarEvent[]
    try {
      events = toEvents(plan, { ...eventOptions(profile), ...revisions(previous) })
    } catch (error) {
      // Events in the record that are not events served before: report them
      // and serve as if nothing were remembered (a fresh record replaces them).
      if (previous === undefined || !isRecordError(error)) throw error
      report(error, request)
      previous = undefined
      events = toEvents(plan, { ...eventOptions(profile), ...revisions(previous) })
    }
    const bytes = encoder.encode(serialize(events, icsOptions(profile)))
    // Recorded only once the calendar was written: a failure serves nothing,
    // and a request already answered 503 records nothing either.
    deadline.check()
    let state: readonly PreviousEvent[] | undefined
    if (store) {
      const served = toPrevious(events)
      // An unchanged record keeps its object, and with it its remembered hash.
      if (sameState(previous, served)) state = previous
      else {
        state = served
        // A store that cannot record costs the next request a plan, not this one its answer.
        await Promise.resolve()
          .then(() => store.set(id, served))
          .catch((error: unknown) =>
            report(storeError(id, 'could not record what was served', error), request),
          )
      }
    }
    const tag = inputs === undefined ? fnv1a64(bytes) : feedValidator(inputs, state)
    const lastModified = newestHttpDate(events.map((event) => event.stamp))
    deadline.check()
    if (inputs !== undefined && cache) {
      await cache.set(tag, lastModified ? { body: bytes, lastModified } : { body: bytes })
    }
    if (ifNoneMatchHits(wanted, `"${tag}"`)) return notModified(`"${tag}"`, cacheControl)
    return feedResponse(method, id, `"${tag}"`, cacheControl, bytes, lastModified)
  }

  // What the store remembers for `id`. A store that fails, or holds
  // something other than a list of served events, must not take the feed
  // down: it is reported to onError and the feed is served as if nothing
  // were remembered, which records a fresh list.
  async function remembered(
    id: string,
    request: Request,
  ): Promise<readonly PreviousEvent[] | undefined> {
    if (!store) return undefined
    try {
      const record: unknown = await store.get(id)
      if (record === undefined || record === null) return undefined
      if (!Array.isArray(record)) throw storeError(id, 'holds something that is not a list')
      // Hashed here (once per record) so that one that cannot be is caught too.
      stateHash(record)
      return record as readonly PreviousEvent[]
    } catch (error) {
      report(isSnackplanError(error) ? error : storeError(id, 'could not be read', error), request)
      return undefined
    }
  }

  // A profile that cannot change (checkProfile's own output, as a server that
  // keeps its profiles returns it) is checked once: the same object then
  // comes back, so the planner's fingerprint of it is remembered too.
  const checkedOnce = new WeakMap<object, Profile>()

  function checkedProfile(found: Profile): Profile {
    const known = checkedOnce.get(found)
    if (known) return known
    // Checked before its zone is used for the window; a bad profile is a 500 for
    // the client and a SnackplanError with paths for onError.
    const checked = checkProfile(found)
    if (!checked.ok) throw new SnackplanError(checked.errors, 'feed')
    if (isDeepFrozen(found)) checkedOnce.set(found, checked.value)
    return checked.value
  }

  // Where exercise names, cues and safety notes are looked up: the catalog
  // the planner plans from, so a merged catalog's own exercises have texts
  // without being passed twice; the built-in one for a planner without one.
  function textCatalog() {
    return options.catalog ?? options.events?.catalog ?? options.planner.catalog ?? defaultCatalog
  }

  function eventOptions(profile: Profile): CalendarEventOptions {
    const result: CalendarEventOptions = {
      ...options.events,
      locale: options.locale ?? profile.locale,
    }
    result.catalog = textCatalog()
    if (options.alarms) result.alarms = options.alarms
    return result
  }

  // With a store, a changed or new snack is stamped when it was first served
  // like this; an unchanged one keeps its stamp and SEQUENCE.
  function revisions(previous: readonly PreviousEvent[] | undefined): CalendarEventOptions {
    if (!store) return {}
    const stamp = `${new Date(Math.floor(now().getTime() / 1000) * 1000).toISOString().slice(0, 19)}Z`
    return { previous: previous ?? [], stamp }
  }

  function icsOptions(profile: Profile): ToICSOptions {
    const result: ToICSOptions = { ...options.ics }
    const name = typeof options.name === 'function' ? options.name(profile) : options.name
    if (name !== undefined) result.name = name
    if (options.times) result.times = options.times
    return result
  }

  const timeoutMs = checkTimeoutMs(options.timeoutMs, DEFAULT_FEED_TIMEOUT_MS)
  const turns = new Turns()

  // A request that outlives the timeout (a hanging store, getProfile or
  // planner) is answered 503 with Retry-After; its late work writes nothing.
  // With a store, an authorised request for a feed waits for the feed's
  // earlier ones: each then reads the record the one before it wrote, so a
  // slow request never records its answer over a newer one (which would
  // serve one SEQUENCE for two versions of an event). Waiting counts toward
  // the request's own timeout, and one that timed out gives its turn up.
  return async (request) => {
    const deadline = new Deadline(timeoutMs, () => {
      report(
        new SnackplanError(
          [{ code: 'feed/timeout', path: '', message: `no answer within ${timeoutMs} ms` }],
          'feed',
        ),
        request,
      )
      return textResponse(503, 'Service Unavailable', request.method, { 'Retry-After': '60' })
    })
    try {
      return await Promise.race([answer(request, deadline), deadline.late])
    } finally {
      deadline.clear()
    }
  }

  function report(error: unknown, request: Request): void {
    try {
      onError(error, request)
    } catch {
      // A failing logger must not turn a 500 into an unhandled rejection.
    }
  }

  async function answer(request: Request, deadline: Deadline): Promise<Response> {
    try {
      const route = matchRoute(new URL(request.url).pathname, basePath)
      const method = request.method
      if (route.kind === 'none') return textResponse(404, 'Not Found', method)
      if (method !== 'GET' && method !== 'HEAD') {
        return textResponse(405, 'Method Not Allowed', method, { Allow: ALLOWED_METHODS })
      }
      if (route.kind === 'bad-id')
        return textResponse(400, 'Bad Request: malformed feed id', method)
      return await feed(request, route.id, deadline)
    } catch (error) {
      // After a 503 the late failure is only a consequence of the timeout.
      if (!(error instanceof LateWork)) report(error, request)
      return textResponse(500, 'Internal Server Error', request.method)
    }
  }
}

/** Default of `timeoutMs`: far above a feed's planning time, well below a client's patience. */
export const DEFAULT_FEED_TIMEOUT_MS = 10_000

/** Thrown by work that goes on after its request was answered 503. */
class LateWork extends Error {}

/** A request's timeout: the 503 it is answered with once it expires, and whether it has. */
class Deadline {
  expired = false
  /** Resolves with the answer for a request out of time, when its time runs out. */
  readonly late: Promise<Response>
  #timer: ReturnType<typeof setTimeout> | undefined

  constructor(ms: number, onExpiry: () => Response) {
    this.late = new Promise((resolve) => {
      this.#timer = setTimeout(() => {
        this.expired = true
        resolve(onExpiry())
      }, ms)
    })
  }

  /** Stops the timer, once the request is answered. */
  clear(): void {
    clearTimeout(this.#timer)
  }

  /** Stops work that would record or cache something for a request answered 503. */
  check(): void {
    if (this.expired) throw new LateWork('the request timed out')
  }
}

/** A `feed/store` error for the record of `id`. */
function storeError(id: string, problem: string, cause?: unknown): SnackplanError {
  const reason =
    cause === undefined ? '' : `: ${cause instanceof Error ? cause.message : showValue(cause)}`
  return new SnackplanError(
    [
      {
        code: 'feed/store',
        path: '',
        message: `the store's record for "${id}" ${problem}${reason}; served as if it held none`,
      },
    ],
    'feed',
  )
}

// The calendar's check of `previous` failed: the record holds something
// that is not an event served before.
function isRecordError(error: unknown): boolean {
  return isSnackplanError(error) && error.errors.some((e) => e.path.startsWith('/previous'))
}

// Whether a store already holds exactly what was just served: then it is not
// written again (a KV write costs more than a read, and free plans count them).
function sameState(
  before: readonly PreviousEvent[] | undefined,
  after: readonly PreviousEvent[],
): boolean {
  if (!before || before.length !== after.length) return false
  return before.every((b, i) => {
    const a = after[i]!
    return (
      b.uid === a.uid &&
      b.start === a.start &&
      b.end === a.end &&
      b.summary === a.summary &&
      b.description === a.description &&
      b.sequence === a.sequence &&
      b.stamp === a.stamp
    )
  })
}
