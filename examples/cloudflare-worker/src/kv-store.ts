import type { FeedStore } from '@snackplan/plugins-ics'

/** The part of a Workers KV namespace a feed store uses. */
export interface KvLike {
  get(key: string, type: 'json'): Promise<unknown>
  put(key: string, value: string): Promise<void>
}

/**
 * A feed store in Workers KV: what each feed served, under `served:<id>`, so
 * SEQUENCE and DTSTAMP survive restarts and every instance of the worker
 * reads the same record. The feed writes only when a record changes.
 */
export function kvFeedStore(kv: KvLike): FeedStore {
  return {
    get: async (id) => ((await kv.get(`served:${id}`, 'json')) as never) ?? undefined,
    set: (id, events) => kv.put(`served:${id}`, JSON.stringify(events)),
  }
}
