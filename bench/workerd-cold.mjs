// The Workers example's first requests in fresh workerd isolates (Miniflare):
// prints JSON with the median wall time, in ms, of a new isolate's first
// request answered 304 (the feed unchanged), of a new isolate's first 200
// (it plans), and of a second 304 in a warm isolate, which is mostly
// Miniflare's own dispatch. workerd does not report CPU time, and on an
// idle machine a request's wall time is close to its CPU time, but it also
// includes that dispatch: read these beside the CPU figures measured in Node.
// Miniflare needs Node >= 22: suites/workers.mjs runs this file with
// `npx -y node@22 workerd-cold.mjs [runs]` from bench/.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { Miniflare } from 'miniflare'
import { median } from './lib/measure.mjs'

const runs = Number(process.argv[2] ?? 5)
const example = fileURLToPath(new URL('../examples/cloudflare-worker/', import.meta.url))
const scratch = await mkdtemp(join(tmpdir(), 'snackplan-bench-workerd-'))
const script = join(scratch, 'worker.mjs')
// As wrangler bundles it, from the packages' built files (what npm ships).
await build({
  entryPoints: [join(example, 'src/worker.ts')],
  outfile: script,
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  conditions: ['workerd', 'worker', 'browser'],
  mainFields: ['module', 'main'],
  logLevel: 'silent',
})

const URL_ANNA = 'https://feeds.example/anna.ics'

/** Wall ms of one request, and its response (body read). */
async function timed(mf, headers) {
  const t0 = performance.now()
  const response = await mf.dispatchFetch(URL_ANNA, { headers })
  await response.arrayBuffer()
  return { ms: performance.now() - t0, response }
}

/** A fresh isolate (the global scope has run once `ready` resolves), then `fn`. */
async function isolate(fn) {
  // No KV bound: stateless feeds, as in the Node figures.
  const mf = new Miniflare({
    modules: true,
    scriptPath: script,
    modulesRoot: dirname(script),
    compatibilityDate: '2025-09-01',
  })
  try {
    await mf.ready
    return await fn(mf)
  } finally {
    await mf.dispose()
  }
}

try {
  const first200 = []
  const first304 = []
  const warm304 = []
  let etag
  for (let i = 0; i < runs; i++) {
    const { ms, response } = await isolate((mf) => timed(mf, {}))
    if (response.status !== 200) throw new Error(`[bench] workerd answered ${response.status}`)
    etag = response.headers.get('etag')
    first200.push(ms)
  }
  for (let i = 0; i < runs; i++) {
    await isolate(async (mf) => {
      const first = await timed(mf, { 'If-None-Match': etag })
      const again = await timed(mf, { 'If-None-Match': etag })
      if (first.response.status !== 304 || again.response.status !== 304)
        throw new Error('[bench] workerd did not answer 304')
      first304.push(first.ms)
      warm304.push(again.ms)
    })
  }
  process.stdout.write(
    `${JSON.stringify({
      first304Ms: median(first304),
      first200Ms: median(first200),
      warm304Ms: median(warm304),
      runs,
    })}\n`,
  )
} finally {
  await rm(scratch, { recursive: true, force: true })
}
