import type { Io } from '../io'

/**
 * Time limits of `snackplan serve`'s HTTP server. Node's own defaults (60 s
 * for the headers, 300 s for a request) let a client that sends a header a
 * minute hold a socket for five; a calendar client sends its few headers at
 * once. The check interval is how often Node looks for connections past
 * them (its default, 30 s, would let each overstay that long).
 */
export interface ServeTimeouts {
  /** Longest wait for a request's headers, in ms. */
  headersMs: number
  /** Longest wait for a whole request, in ms. */
  requestMs: number
  /** How often expired connections are looked for, in ms. */
  checkIntervalMs: number
}

/** The timeouts `snackplan serve` uses. */
export const SERVE_TIMEOUTS: Readonly<ServeTimeouts> = Object.freeze({
  headersMs: 10_000,
  requestMs: 30_000,
  checkIntervalMs: 1_000,
})

// What one profile's store record takes on the default window: 50-120 kB
// of heap measured for the sample and generated profiles (test/feed/
// heap-size.test.ts in plugins-ics), so 128 KiB is the planning figure.
const RECORD_BYTES = 128 * 1024
const MIB = 1024 * 1024

/** How much memory `snackplan serve` gives the feed's store and body cache. */
export interface FeedMemory {
  /** Bytes for what each feed served, or 0: stateless feeds. */
  storeBytes: number
  /**
   * Feeds the store holds (what fits in `storeBytes`, at least 1), so that
   * profiles added to the folder later are remembered too while they fit.
   */
  storeFeeds: number
  /** Bytes for rendered bodies, or 0: none kept. */
  cacheBytes: number
}

/**
 * The store is used only when every profile in the folder fits in it: a
 * bounded store with more feeds than it holds forgets some, and a
 * forgotten feed plans again and restarts at SEQUENCE 0, which costs more
 * than serving every feed statelessly (a 304 from the inputs alone, no
 * memory per feed). Says on `io.out` which it chose.
 */
export function feedMemory(
  profiles: number,
  storeMiB: number,
  cacheMiB: number,
  io: Io,
): FeedMemory {
  const fits = storeMiB > 0 && profiles * RECORD_BYTES <= storeMiB * MIB
  if (fits) {
    io.out(
      `remembering what each of ${profiles} feeds served (SEQUENCE grows on change), up to ${storeMiB} MiB\n`,
    )
  } else if (storeMiB > 0) {
    io.out(
      `stateless feeds: ${profiles} profiles need about ${Math.ceil((profiles * RECORD_BYTES) / MIB)} MiB to remember what was served, more than --store-mib ${storeMiB}\n`,
    )
  }
  const storeBytes = fits ? storeMiB * MIB : 0
  return {
    storeBytes,
    storeFeeds: Math.max(1, Math.floor(storeBytes / RECORD_BYTES)),
    cacheBytes: cacheMiB * MIB,
  }
}
