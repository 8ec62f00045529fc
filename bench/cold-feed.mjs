// A feed request in a fresh process, as in a new Workers isolate: prints JSON
// with the CPU milliseconds (process.cpuUsage) of the set-up (imports,
// createPlanner, createFeedHandler; importCpuMs is the imports' part of it)
// and of the first request around the handler, on the default window (7 days
// back, 28 ahead).
// Used by suites/workers.mjs; run `node bench/cold-feed.mjs`.
import { readFileSync } from 'node:fs'

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
const response = await handler(new Request('https://feeds.example/anna.ics'))
const body = await response.arrayBuffer()
const c2 = process.cpuUsage()
if (response.status !== 200 || body.byteLength === 0) throw new Error('[bench] cold feed failed')
const ms = (a, b) => (b.user - a.user + b.system - a.system) / 1000
process.stdout.write(
  `${JSON.stringify({ setupCpuMs: ms(c0, c1), importCpuMs: ms(c0, imported), requestCpuMs: ms(c1, c2) })}\n`,
)
