import { objectBytes, stringBytes } from './heap-size'
import { Lru, type MemoryBounds } from './lru'

/** A feed body as the cache keeps it. */
export interface CachedFeed {
  /** The ICS text, UTF-8. */
  body: Uint8Array<ArrayBuffer>
  /** The `Last-Modified` it was served with, if any. */
  lastModified?: string
}

/**
 * Where a feed keeps bodies it rendered, keyed by their validator (the ETag
 * without quotes), so a repeated 200 is served without planning. Keys name
 * every input of a body, so an entry is never stale; a cache only has to
 * bound its size. In memory for Node ({@link memoryFeedCache}); in Workers,
 * the Cache API or KV.
 */
export interface FeedCache {
  /** The body stored under `key`, if it is still there. */
  get(key: string): CachedFeed | undefined | Promise<CachedFeed | undefined>
  /** Stores a body. May drop it, or others, to stay within bounds. */
  set(key: string, feed: CachedFeed): void | Promise<void>
}

/** What a {@link MemoryFeedCache} holds now. */
export interface FeedCacheStats {
  /** Bodies kept. */
  entries: number
  /** What they take: body bytes plus the small cost of each entry. */
  bytes: number
}

/** A {@link FeedCache} in memory, with its occupancy readable. */
export interface MemoryFeedCache extends FeedCache {
  /** Bodies and bytes held now. */
  readonly stats: FeedCacheStats
}

/** Bounds of {@link memoryFeedCache}. */
export interface MemoryFeedCacheOptions extends MemoryBounds {
  /** Most bodies kept. Default 1000. */
  maxEntries?: number
  /**
   * Most bytes kept: each body's bytes (outside the JS heap, in its
   * ArrayBuffer) plus about 300 bytes for its objects and key. Default 32 MiB.
   */
  maxBytes?: number
}

// A body's bytes, its Uint8Array and ArrayBuffer objects (about 20 fields
// between them) and the record with its Last-Modified.
function feedBytes(feed: CachedFeed): number {
  const header = feed.lastModified === undefined ? 0 : stringBytes(feed.lastModified)
  return feed.body.byteLength + objectBytes(20) + objectBytes(2) + header
}

/**
 * A bounded least-recently-used {@link FeedCache} in memory, for one
 * long-running server. Memory is the bodies' bytes (a 5-week feed is about
 * 300-480 kB for the sample profiles) plus a small fixed cost each.
 *
 * @example
 * ```ts
 * createFeedHandler({ planner, getProfile, cache: memoryFeedCache({ maxBytes: 16 * 1024 * 1024 }) })
 * ```
 */
export function memoryFeedCache(options: MemoryFeedCacheOptions = {}): MemoryFeedCache {
  const bodies = new Lru<CachedFeed>(
    { maxEntries: options.maxEntries ?? 1000, maxBytes: options.maxBytes ?? 32 * 1024 * 1024 },
    feedBytes,
    { code: 'feed/cache-size', maxEntries: '/maxEntries', maxBytes: '/maxBytes' },
  )
  return {
    get: (key) => bodies.get(key),
    set: (key, feed) => bodies.set(key, feed),
    get stats() {
      return bodies.stats
    },
  }
}
