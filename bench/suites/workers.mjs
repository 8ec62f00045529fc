// CPU per feed request as Cloudflare Workers would bill it (process.cpuUsage
// around the handler; Node, not workerd, so a guide rather than the bill): a
// cold request in a fresh process (one that plans, and one answered 304), a
// profile a warm isolate has not seen, a repeated 200 from the body cache,
// and a 304.
import { execFileSync } from 'node:child_process'
import { createPlanner } from '@snackplan/engine'
import { createFeedHandler, memoryFeedCache } from '@snackplan/plugins-ics'
import { median } from '../lib/measure.mjs'
import { generatedProfiles } from './feed.mjs'

const cpuMs = async (fn) => {
  const c0 = process.cpuUsage()
  await fn()
  const c = process.cpuUsage(c0)
  return (c.user + c.system) / 1000
}

/** @param {{ quick: boolean, log: (s: string) => void }} input */
export async function workersSuite({ quick, log }) {
  log('workers: CPU per feed request, cold and warm')
  const coldFeed = (...args) =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [new URL('../cold-feed.mjs', import.meta.url).pathname, ...args],
        { encoding: 'utf8' },
      ),
    )
  const runs = quick ? 1 : 5
  const cold = Array.from({ length: runs }, () => coldFeed())
  // A fresh isolate asked again for a feed that has not changed: the
  // If-None-Match of the first cold answer, answered 304 without planning.
  const coldConditional = Array.from({ length: runs }, () => coldFeed(cold[0].etag))
  // The same in workerd (Miniflare needs Node >= 22): wall times, or null
  // where no Node 22 can be had.
  let workerd = null
  try {
    workerd = JSON.parse(
      execFileSync('npx', ['-y', 'node@22', 'workerd-cold.mjs', String(runs)], {
        cwd: new URL('..', import.meta.url),
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    )
  } catch (error) {
    log(`workers: workerd figures left out (${String(error.message).split('\n')[0]})`)
  }
  const profiles = generatedProfiles(quick ? 5 : 40)
  const byId = new Map(profiles.map((p) => [p.id, p]))
  const handler = createFeedHandler({
    planner: createPlanner(),
    getProfile: (id) => byId.get(id),
    alarms: [{ minutesBefore: 2 }],
    cache: memoryFeedCache(),
  })
  const get = (id, headers = {}) =>
    handler(new Request(`https://feeds.example/${id}.ics`, { headers })).then((r) =>
      r.arrayBuffer().then(() => r),
    )
  const unseen = []
  const cached = []
  const notModified = []
  for (const p of profiles) {
    let etag
    unseen.push(
      await cpuMs(async () => {
        etag = (await get(p.id)).headers.get('etag')
      }),
    )
    cached.push(await cpuMs(() => get(p.id)))
    notModified.push(await cpuMs(() => get(p.id, { 'If-None-Match': etag })))
  }
  return {
    coldSetupCpuMs: median(cold.map((c) => c.setupCpuMs)),
    coldRequestCpuMs: median(cold.map((c) => c.requestCpuMs)),
    // null where /proc gives no per-thread figure (not Linux).
    coldRequestMainThreadMs: cold.every((c) => c.requestMainThreadMs !== null)
      ? median(cold.map((c) => c.requestMainThreadMs))
      : null,
    coldNotModifiedCpuMs: median(coldConditional.map((c) => c.requestCpuMs)),
    workerd,
    unseenCpuMs: median(unseen),
    cachedCpuMs: median(cached),
    notModifiedCpuMs: median(notModified),
    samples: { cold: cold.length, warm: profiles.length },
  }
}
