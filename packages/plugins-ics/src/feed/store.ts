import type { PreviousEvent } from '@snackplan/plugins-calendar'
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
   * Most bytes of remembered text, counted as UTF-16 (two bytes a character),
   * each distinct summary and description of a profile once, plus 64 bytes
   * of bookkeeping an event. Default 64 MiB.
   */
  maxBytes?: number
}

const EVENT_OVERHEAD = 64

// What one profile's record costs in memory, roughly: its strings as UTF-16,
// each summary and description once however many events share it (a record
// made by `toPrevious` keeps one string per distinct text).
function recordSize(events: readonly PreviousEvent[]): number {
  const texts = new Set<string>()
  let chars = 0
  for (const e of events) {
    chars += e.uid.length + e.start.length + e.end.length + (e.stamp?.length ?? 0)
    for (const text of [e.summary, e.description]) {
      if (texts.has(text)) continue
      texts.add(text)
      chars += text.length
    }
  }
  return chars * 2 + events.length * EVENT_OVERHEAD
}

/**
 * A FeedStore in memory: right for one long-running process (a Node server),
 * forgotten on restart. Keeps the most recently used profiles within
 * `maxProfiles` (a number, as before, or `{ maxProfiles, maxBytes }`); a
 * forgotten profile starts again at SEQUENCE 0.
 */
export function memoryFeedStore(bounds: number | MemoryFeedStoreOptions = {}): FeedStore {
  const options = typeof bounds === 'number' ? { maxProfiles: bounds } : bounds
  const served = new Lru<readonly PreviousEvent[]>(
    { maxEntries: options.maxProfiles ?? 1000, maxBytes: options.maxBytes ?? 64 * 1024 * 1024 },
    recordSize,
    { code: 'feed/store-size', maxEntries: '/maxProfiles', maxBytes: '/maxBytes' },
  )
  return {
    get: (id) => served.get(id),
    set: (id, events) => served.set(id, events),
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
  return events.map(({ uid, start, end, summary, description, sequence, stamp }) => {
    const kept = {
      uid,
      start,
      end,
      summary: shared(summary),
      description: shared(description),
      sequence,
    }
    return stamp === undefined ? kept : { ...kept, stamp }
  })
}
