import { SnackplanError } from '@snackplan/catalog'
import type { PreviousEvent } from '@snackplan/plugins-calendar'

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

/**
 * A FeedStore in memory: right for one long-running process (a Node server),
 * forgotten on restart. Keeps the most recently served `maxProfiles`.
 */
export function memoryFeedStore(maxProfiles = 1000): FeedStore {
  if (!Number.isInteger(maxProfiles) || maxProfiles < 1) {
    throw new SnackplanError(
      [
        {
          code: 'feed/store-size',
          path: '/maxProfiles',
          message: `maxProfiles must be a whole number of at least 1, got ${String(maxProfiles)}`,
        },
      ],
      'feed',
    )
  }
  const served = new Map<string, readonly PreviousEvent[]>()
  return {
    get: (id) => served.get(id),
    set(id, events) {
      served.delete(id)
      served.set(id, events)
      if (served.size > maxProfiles) served.delete(served.keys().next().value!)
    },
  }
}

/** The part of each event a store keeps. */
export function toPrevious(events: readonly PreviousEvent[]): PreviousEvent[] {
  return events.map(({ uid, start, end, summary, description, sequence, stamp }) =>
    stamp === undefined
      ? { uid, start, end, summary, description, sequence }
      : { uid, start, end, summary, description, sequence, stamp },
  )
}
