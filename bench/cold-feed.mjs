// A feed request in a fresh process, as in a new Workers isolate: prints JSON
// with the CPU milliseconds (process.cpuUsage) of the set-up (imports,
// createPlanner, createFeedHandler; importCpuMs is the imports' part of it)
// and of the first request around the handler, on the default window (7 days
// back, 28 ahead). On Linux it also gives the request's CPU on the main
// thread alone (from /proc's schedstat, in ns): process.cpuUsage counts
// every thread, and in a fresh process V8's background threads (compiling
// optimised code, concurrent GC) take a large share of it.
// Used by suites/workers.mjs; run `node bench/cold-feed.mjs`.
import { existsSync, readFileSync } from 'node:fs'

const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`
// The main thread's CPU time so far in ms, or undefined where /proc has no schedstat.
const mainThreadMs = () =>
  existsSync(SCHEDSTAT) ? Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6 : undefined

const profile = JSON.parse(
  readFileSync(new URL('../examples/profiles/anna.json', import.meta.url), 'utf8'),
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
const response = await handler(new Request('https://feeds.example/anna.ics'))
const body = await response.arrayBuffer()
const c2 = process.cpuUsage()
const m2 = mainThreadMs()
if (response.status !== 200 || body.byteLength === 0) throw new Error('[bench] cold feed failed')
const ms = (a, b) => (b.user - a.user + b.system - a.system) / 1000
process.stdout.write(
  `${JSON.stringify({
    setupCpuMs: ms(c0, c1),
    importCpuMs: ms(c0, imported),
    requestCpuMs: ms(c1, c2),
    requestMainThreadMs: m1 === undefined || m2 === undefined ? null : m2 - m1,
  })}\n`,
)
