// The deployed worker: `npx wrangler deploy` bundles this file (see wrangler.toml).
import { defaultCatalog } from '@snackplan/catalog'
import { createPlanner, defaultRules } from '@snackplan/engine'
import anna from '../../profiles/anna.json'
import lars from '../../profiles/lars.json'
import { type CacheLike, cacheApiFeedCache } from './cache-api'
import { createFeedWorker } from './feed-worker'
import { kvFeedStore } from './kv-store'

export default createFeedWorker({
  planner: createPlanner({ catalog: defaultCatalog, rules: defaultRules, plugins: [] }),
  bundled: { anna, lars },
  feed: { alarms: [{ minutesBefore: 2 }] },
  // SEQUENCE and DTSTAMP in KV when the SERVED namespace is bound.
  store: (env) => (env.SERVED ? kvFeedStore(env.SERVED) : undefined),
  // Rendered feeds in this data center's cache, where the runtime has one.
  cache: () => {
    const caches = (globalThis as { caches?: { default: CacheLike } }).caches
    return caches ? cacheApiFeedCache(caches.default) : undefined
  },
})
