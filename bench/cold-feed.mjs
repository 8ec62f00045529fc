// A feed request in a fresh process, as in a new Workers isolate: prints JSON
// with the CPU milliseconds (process.cpuUsage) of the set-up (imports,
// createPlanner, createFeedHandler; importCpuMs is the imports' part of it)
// and of the first request around the handler, on the default window (7 days
// back, 28 ahead). On Linux it also gives the request's CPU on the main
// thread alone (from /proc's schedstat, in ns): process.cpuUsage counts
// every thread, and in a fresh process V8's background threads (compiling
// optimised code, concurrent GC) take a large share of it.
// The request object is made before anything is timed: in Workers the
// runtime makes it, while Node loads its Fetch classes (undici, about 40 ms
// of CPU) on their first use. With an ETag as argument the request carries
// it as If-None-Match: a fresh isolate answering 304 without planning.
// Used by suites/workers.mjs; run `node bench/cold-feed.mjs [etag]`.
import { existsSync, readFileSync } from 'node:fs'

const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`
// The main thread's CPU time so far in ms, or undefined where /proc has no schedstat.
const mainThreadMs = () =>
  existsSync(SCHEDSTAT) ? Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6 : undefined

const profile = JSON.parse(
  readFileSync(new URL('../examples/profiles/anna.json', import.meta.url), 'utf8'),
)
const etag = process.argv[2]
const request = new Request(
  'https://feeds.example/anna.ics',
  etag ? { headers: { 'If-None-Match': etag } } : {},
)
const c0 = process.cpuUsage()
const { createPlanner } = await import('@snackplan/engine')
const { createFeedHandler } = await import('@snackplan/plugins-ics')
const imported = process.cpuUsage()
// As examples/cloudflare-worker/src/worker.ts makes it.
const handler = createFeedHandler({
  planner: createPlanner(),
  getProfile: (id) => (id === 'anna' ? profile : undefined),
  alarms: [{ minutesBefore: 2 }],
})
const c1 = process.cpuUsage()
const m1 = mainThreadMs()
const response = await handler(request)
const body = await response.arrayBuffer()
const c2 = process.cpuUsage()
const m2 = mainThreadMs()
const ok = etag ? response.status === 304 : response.status === 200 && body.byteLength > 0
if (!ok) throw new Error(`[bench] cold feed answered ${response.status}`)
const ms = (a, b) => (b.user - a.user + b.system - a.system) / 1000
process.stdout.write(
  `${JSON.stringify({
    setupCpuMs: ms(c0, c1),
    importCpuMs: ms(c0, imported),
    requestCpuMs: ms(c1, c2),
    requestMainThreadMs: m1 === undefined || m2 === undefined ? null : m2 - m1,
    etag: response.headers.get('etag'),
  })}\n`,
)
