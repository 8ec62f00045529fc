import { defaultCatalog, SnackplanError } from '@snackplan/catalog'
import { checkProfile, type Profile } from '@snackplan/engine'
import type { CalendarEventOptions, PreviousEvent } from '@snackplan/plugins-calendar'
import type { ToICSOptions } from '../ics'
import { ifNoneMatchHits } from './conditional'
import { defaultSerialize, defaultToEvents } from './defaults'
import { fnv1a64 } from './hash'
import { contentDisposition, newestHttpDate } from './headers'
import { ALLOWED_METHODS, textResponse } from './responses'
import { matchRoute, normaliseBasePath } from './route'
import { toPrevious } from './store'
import type { FeedHandlerOptions, FetchHandler } from './types'
import { resolveWindow, rollingWindow } from './window'

const encoder = new TextEncoder()

/**
 * A subscribable ICS feed as a standard Fetch API handler.
 *
 * @remarks `GET` and `HEAD` on `<basePath>/<id>.ics` answer 200
 * `text/calendar; charset=utf-8` with a strong `ETag` (FNV-1a 64 of the body),
 * `Last-Modified` (the newest DTSTAMP: from the plan, or with a `store` when the content last changed), `Cache-Control`
 * and an RFC 6266 `Content-Disposition`; `If-None-Match` (lists, weak
 * comparison, `*`) answers 304. Unknown ids get 404, malformed ids 400, other
 * methods 405 with `Allow`, and anything thrown inside a generic 500.
 *
 * The window rolls: every request plans from today in the profile's zone
 * minus `pastDays` through today plus `futureDays`. `If-Modified-Since` is
 * deliberately not honoured: a rolled window can drop old snacks without any
 * newer DTSTAMP, so only the ETag tells whether the body changed.
 *
 * Uses no Node built-ins and no code generation; runs in Cloudflare Workers.
 * Options are checked when the handler is made (a SnackplanError for a bad
 * `window`), not on each request.
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
  const cacheControl =
    options.cacheControl ?? (options.authorize ? 'private, max-age=3600' : 'public, max-age=3600')
  const onError =
    options.onError ??
    ((error: unknown) => console.error('[snackplan] [ics] feed request failed:', error))

  async function feed(request: Request, id: string): Promise<Response> {
    const method = request.method
    if (options.authorize) {
      const verdict = await options.authorize(request, id)
      if (verdict instanceof Response) return verdict
      if (!verdict) return textResponse(404, 'Not Found', method)
    }
    const found = await options.getProfile(id, request)
    if (!found) return textResponse(404, 'Not Found', method)
    // Checked before its zone is used for the window; a bad profile is a 500 for
    // the client and a SnackplanError with paths for onError.
    const checked = checkProfile(found)
    if (!checked.ok) throw new SnackplanError(checked.errors, 'feed')
    const profile = checked.value

    const plan = await options.planner.plan({
      profile,
      ...rollingWindow(now(), profile.timeZone, window),
      seed: options.seed ?? 1,
    })
    const previous = options.store ? await options.store.get(id) : undefined
    const events = toEvents(plan, eventOptions(profile, previous))
    const bytes = encoder.encode(serialize(events, icsOptions(profile)))
    // Recorded only once the calendar was written: a failure serves nothing.
    if (options.store) await options.store.set(id, toPrevious(events))

    const headers: Record<string, string> = {
      ETag: `"${fnv1a64(bytes)}"`,
      'Cache-Control': cacheControl,
    }
    const lastModified = newestHttpDate(events.map((event) => event.stamp))
    if (lastModified) headers['Last-Modified'] = lastModified
    if (ifNoneMatchHits(request.headers.get('If-None-Match'), headers.ETag!)) {
      return new Response(null, { status: 304, headers })
    }
    return new Response(method === 'HEAD' ? null : bytes, {
      status: 200,
      headers: {
        ...headers,
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Length': String(bytes.byteLength),
        'Content-Disposition': contentDisposition(`${id}.ics`),
        'X-Content-Type-Options': 'nosniff',
      },
    })
  }

  function eventOptions(
    profile: Profile,
    previous: readonly PreviousEvent[] | undefined,
  ): CalendarEventOptions {
    const result: CalendarEventOptions = {
      ...options.events,
      locale: options.locale ?? profile.locale,
    }
    if (options.store) {
      // With a store, a changed or new snack is stamped when it was first
      // served like this; an unchanged one keeps its stamp and SEQUENCE.
      result.previous = previous ?? []
      result.stamp = `${new Date(Math.floor(now().getTime() / 1000) * 1000).toISOString().slice(0, 19)}Z`
    }
    // The planner's catalog is not reachable through `plan()`, so callers with
    // a custom catalog pass it here too; everyone else gets the built-in one.
    result.catalog = options.catalog ?? options.events?.catalog ?? defaultCatalog
    if (options.alarms) result.alarms = options.alarms
    return result
  }

  function icsOptions(profile: Profile): ToICSOptions {
    const result: ToICSOptions = { ...options.ics }
    const name = typeof options.name === 'function' ? options.name(profile) : options.name
    if (name !== undefined) result.name = name
    if (options.times) result.times = options.times
    return result
  }

  return async (request) => {
    try {
      const route = matchRoute(new URL(request.url).pathname, basePath)
      const method = request.method
      if (route.kind === 'none') return textResponse(404, 'Not Found', method)
      if (method !== 'GET' && method !== 'HEAD') {
        return textResponse(405, 'Method Not Allowed', method, { Allow: ALLOWED_METHODS })
      }
      if (route.kind === 'bad-id')
        return textResponse(400, 'Bad Request: malformed feed id', method)
      return await feed(request, route.id)
    } catch (error) {
      try {
        onError(error, request)
      } catch {
        // A failing logger must not turn a 500 into an unhandled rejection.
      }
      return textResponse(500, 'Internal Server Error', request.method)
    }
  }
}
