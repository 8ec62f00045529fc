import type { CachedFeed, FeedCache } from '@snackplan/plugins-ics'

/** The part of the Workers Cache API (`caches.default`) a feed cache uses. */
export interface CacheLike {
  match(request: Request): Promise<Response | undefined>
  put(request: Request, response: Response): Promise<void>
}

// Entries are addressed by a URL of their own, never a feed URL, so the cache
// cannot answer a feed request by itself.
const keyFor = (tag: string) => new Request(`https://snackplan-feed-cache.invalid/${tag}`)

/**
 * Feed bodies in the Workers Cache API, keyed by validator: a repeated 200
 * (a new subscriber, a client that lost its copy) is served without
 * planning. The Cache API is per data center and evicts on its own; entries
 * expire after `maxAgeSeconds` (default one day, when the window rolls).
 */
export function cacheApiFeedCache(cache: CacheLike, maxAgeSeconds = 86_400): FeedCache {
  return {
    async get(tag) {
      const hit = await cache.match(keyFor(tag))
      if (!hit) return undefined
      const lastModified = hit.headers.get('Last-Modified')
      const body = new Uint8Array(await hit.arrayBuffer())
      return lastModified ? { body, lastModified } : { body }
    },
    set(tag, feed: CachedFeed) {
      const headers: Record<string, string> = { 'Cache-Control': `max-age=${maxAgeSeconds}` }
      if (feed.lastModified) headers['Last-Modified'] = feed.lastModified
      return cache.put(keyFor(tag), new Response(feed.body, { headers }))
    },
  }
}
