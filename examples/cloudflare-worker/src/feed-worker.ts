import { checkProfile, type Profile } from '@snackplan/engine'
import {
  createFeedHandler,
  type FeedCache,
  type FeedHandlerOptions,
  type FeedPlanner,
  type FeedStore,
  type FetchHandler,
} from '@snackplan/plugins-ics'
import type { KvLike } from './kv-store'

/** The part of a Workers KV namespace this worker reads. */
export interface ProfileStore {
  get(key: string, type: 'text'): Promise<string | null>
}

/** Bindings from wrangler.toml; all optional. */
export interface Env {
  /** KV namespace of profiles, key `<id>`, value the profile JSON. Checked before the bundled ones. */
  PROFILES?: ProfileStore
  /** Path prefix of the feeds, e.g. `/feeds`. Default `''`. */
  FEED_PATH?: string
  /** KV namespace where each feed records what it served (SEQUENCE, DTSTAMP); see `kvFeedStore`. */
  SERVED?: KvLike
}

/** Options of {@link createFeedWorker}. */
export interface FeedWorkerOptions {
  planner: FeedPlanner
  /** Profiles bundled into the worker, by id (parsed JSON; checked on use). */
  bundled: Record<string, unknown>
  /** Anything else the feed handler takes. */
  feed?: Omit<FeedHandlerOptions, 'planner' | 'getProfile' | 'basePath' | 'store' | 'cache'>
  /** A store for what was served, made from the bindings (e.g. a KV namespace); see the README. */
  store?: (env: Env) => FeedStore | undefined
  /** A cache of rendered bodies, made from the bindings (e.g. the Cache API). */
  cache?: (env: Env) => FeedCache | undefined
}

/**
 * A Workers module (`export default { fetch }`) serving `<FEED_PATH>/<id>.ics`
 * from KV or from bundled profiles. Profiles are validated with
 * `checkProfile`; a stored profile that is invalid answers 500 and is logged.
 */
export function createFeedWorker(options: FeedWorkerOptions): {
  fetch(request: Request, env: Env): Promise<Response>
} {
  // At start-up (the global scope, which Workers do not bill to a request):
  // the planner hashes its catalog and rules and loads time-zone data now,
  // so a fresh isolate's first request does not.
  options.planner.prepare?.()
  // Bindings are fixed for an isolate's life, so one handler per env object.
  const handlers = new WeakMap<Env, FetchHandler>()

  async function lookup(env: Env, id: string): Promise<Profile | undefined> {
    const stored = env.PROFILES ? await env.PROFILES.get(id, 'text') : null
    const input = stored ?? (Object.hasOwn(options.bundled, id) ? options.bundled[id] : undefined)
    if (input === undefined) return undefined
    const checked = checkProfile(input)
    if (!checked.ok) {
      throw new Error(`[snackplan] profile ${id} is invalid: ${JSON.stringify(checked.errors)}`)
    }
    // A record stored under one id must not serve another person's plan.
    return checked.value.id === id ? checked.value : undefined
  }

  return {
    fetch(request, env) {
      let handler = handlers.get(env)
      if (!handler) {
        handler = createFeedHandler({
          ...options.feed,
          planner: options.planner,
          basePath: env.FEED_PATH ?? '',
          store: options.store?.(env),
          cache: options.cache?.(env),
          getProfile: (id) => lookup(env, id),
        })
        handlers.set(env, handler)
      }
      return handler(request)
    },
  }
}
