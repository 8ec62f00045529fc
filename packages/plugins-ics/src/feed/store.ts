import type { PreviousEvent } from '@snackplan/plugins-calendar/events'
import { arrayBytes, objectBytes, stringBytes } from './heap-size'
import { Lru } from './lru'

/**
 * Where a feed keeps what it served last, per profile id, so that SEQUENCE
 * grows when a snack changes and an unchanged snack keeps its DTSTAMP
 * (RFC 5545). Back it with KV, a database or memory; without one the feed is
 * stateless: SEQUENCE stays 0 and DTSTAMP follows the plan.
 */
export interface FeedStore {
  /** The events served last time for this profile, if any. */
  get(
    id: string,
  ): readonly PreviousEvent[] | undefined | Promise<readonly PreviousEvent[] | undefined>
  /** Records what was just served. */
  set(id: string, events: readonly PreviousEvent[]): void | Promise<void>
}

/** Bounds of {@link memoryFeedStore}. */
export interface MemoryFeedStoreOptions {
  /** Most profiles remembered. Default 1000. */
  maxProfiles?: number
  /**
   * Most heap bytes the records may take, as V8 on 64-bit Node spends them:
   * each event's object and its uid, start, end and stamp strings, and each
   * distinct summary and description of a profile once (one byte a
   * character for Latin-1 text, two otherwise). A record of the default
   * 36-day window takes 50-120 kB. Default 64 MiB.
   */
  maxBytes?: number
}

/** What a {@link MemoryFeedStore} holds now. */
export interface FeedStoreStats {
  /** Profiles remembered. */
  profiles: number
  /** Heap bytes their records take, as `maxBytes` counts them. */
  bytes: number
}

/** A {@link FeedStore} in memory, with its occupancy readable. */
export interface MemoryFeedStore extends FeedStore {
  /** Profiles and bytes held now. */
  readonly stats: FeedStoreStats
}

// The heap one profile's record takes: a record made by `toPrevious` keeps
// one string per distinct text, however many events share it.
function recordSize(events: readonly PreviousEvent[]): number {
  const texts = new Set<string>()
  let bytes = arrayBytes(events.length)
  for (const e of events) {
    bytes += objectBytes(e.stamp === undefined ? 6 : 7)
    bytes += stringBytes(e.uid) + stringBytes(e.start) + stringBytes(e.end)
    if (e.stamp !== undefined) bytes += stringBytes(e.stamp)
    for (const text of [e.summary, e.description]) {
      if (texts.has(text)) continue
      texts.add(text)
      bytes += stringBytes(text)
    }
  }
  return bytes
}

/**
 * A FeedStore in memory: right for one long-running process (a Node server),
 * forgotten on restart. Keeps the most recently used profiles within
 * `maxProfiles` (a number, as before, or `{ maxProfiles, maxBytes }`); a
 * forgotten profile starts again at SEQUENCE 0.
 *
 * @remarks A profile is remembered only while it is among the most recent
 * ones that fit: with more feeds than that refreshing, each forgotten one
 * plans again on its next request. Size it for the feeds that refresh
 * within a day, or serve statelessly (no store), which needs no memory per
 * feed (docs/ics-and-feeds.md, "Sizing a deployment").
 */
export function memoryFeedStore(bounds: number | MemoryFeedStoreOptions = {}): MemoryFeedStore {
  const options = typeof bounds === 'number' ? { maxProfiles: bounds } : bounds
  const served = new Lru<readonly PreviousEvent[]>(
    { maxEntries: options.maxProfiles ?? 1000, maxBytes: options.maxBytes ?? 64 * 1024 * 1024 },
    recordSize,
    { code: 'feed/store-size', maxEntries: '/maxProfiles', maxBytes: '/maxBytes' },
  )
  return {
    get: (id) => served.get(id),
    set: (id, events) => served.set(id, events),
    get stats() {
      const { entries, bytes } = served.stats
      return { profiles: entries, bytes }
    },
  }
}

/** The part of each event a store keeps; equal texts share one string. */
export function toPrevious(events: readonly PreviousEvent[]): PreviousEvent[] {
  // A feed's descriptions repeat (the same exercise and dose on many days):
  // keeping one string per distinct text makes a remembered profile several
  // times smaller.
  const texts = new Map<string, string>()
  const shared = (text: string): string => {
    const known = texts.get(text)
    if (known !== undefined) return known
    texts.set(text, text)
    return text
  }
  // One object literal for each shape: spreading one object into another
  // gave every record of optimised code a hidden class of its own in V8,
  // about 300 bytes an event more.
  return events.map(({ uid, start, end, summary, description, sequence, stamp }) =>
    stamp === undefined
      ? { uid, start, end, summary: shared(summary), description: shared(description), sequence }
      : {
          uid,
          start,
          end,
          summary: shared(summary),
          description: shared(description),
          sequence,
          stamp,
        },
  )
}
