// The feed under faults: a node:http server over createFeedHandler whose
// store and getProfile fail on purpose, started by feed-faults.mjs (never on
// its own). It reports its port, then answers `stats` over IPC: memory,
// unhandled rejections, and writes the store took for requests that failed.
import { AsyncLocalStorage } from 'node:async_hooks'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { createPlanner, loadProfile } from '@snackplan/engine'
import {
  createFeedHandler,
  memoryFeedCache,
  memoryFeedStore,
  toNodeListener,
} from '@snackplan/plugins-ics'

const FEED_TIMEOUT_MS = Number(process.env.FEED_TIMEOUT_MS ?? 1000)
const anna = loadProfile(
  JSON.parse(readFileSync(new URL('../../examples/profiles/anna.json', import.meta.url), 'utf8')),
)
// Each id names its fault; every one serves anna's plan when it gets that far.
const IDS = ['anna', 'get-throws', 'set-throws', 'get-hangs', 'set-hangs', 'profile-throws']
const never = () => new Promise(() => {})

const request = new AsyncLocalStorage()
// Requests answered with a failure, kept while their late work may still
// write (it gives up within the feed timeout), so the sets stay as small as
// the requests in flight and do not add to the heap growth measured.
const failedTags = new Set()
const wroteFor = new Set()
const FORGET_AFTER_MS = 10 * FEED_TIMEOUT_MS
let unhandled = 0
let violations = 0
process.on('unhandledRejection', () => unhandled++)

const inner = memoryFeedStore({ maxProfiles: 100 })
const store = {
  async get(id) {
    if (id === 'get-throws') throw new Error('store get failed')
    if (id === 'get-hangs') return never()
    return inner.get(id)
  },
  async set(id, value) {
    if (id === 'set-throws') throw new Error('store set failed')
    if (id === 'set-hangs') return never()
    const tag = request.getStore()
    // A write for a request already answered with a failure breaks the contract.
    if (failedTags.has(tag)) violations++
    wroteFor.add(tag)
    await inner.set(id, value)
  },
}

const handler = createFeedHandler({
  planner: createPlanner(),
  getProfile: async (id) => {
    if (id === 'profile-throws') throw new Error('profile lookup failed')
    return IDS.includes(id) ? anna : undefined
  },
  store,
  // As snackplan serve runs it: a repeated 200 is served without planning.
  cache: memoryFeedCache({ maxEntries: 100 }),
  timeoutMs: FEED_TIMEOUT_MS,
  onError: () => {},
})

let next = 0
const listener = toNodeListener(
  (req) =>
    request.run(next++, async () => {
      const tag = request.getStore()
      const response = await handler(req)
      if (response.status >= 500) {
        failedTags.add(tag)
        if (wroteFor.has(tag)) violations++
        setTimeout(() => failedTags.delete(tag), FORGET_AFTER_MS).unref()
      }
      wroteFor.delete(tag)
      return response
    }),
  { timeoutMs: 5000 },
)
const server = createServer(listener)
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }))
process.on('message', (message) => {
  if (message !== 'stats') return
  globalThis.gc?.()
  process.send({ heapUsed: process.memoryUsage().heapUsed, unhandled, violations })
})
