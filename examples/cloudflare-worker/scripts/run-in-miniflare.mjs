// Runs a bundled worker in workerd through Miniflare and prints what it
// answered as JSON on stdout. Miniflare needs Node >= 22, so the test starts
// this file with `npx -y node@22`.
//
//   node scripts/run-in-miniflare.mjs <bundle.mjs> <job.json>
//   job: { "persist": "<dir for KV and cache>",
//          "instances": [{ "kv": { "<id>": "<profile JSON>" },
//                          "requests": [{ "path": "/feeds/anna.ics", "method": "GET",
//                                         "headers": {}, "useEtagOf": 0 }] }] }
//   Each instance is a fresh Miniflare (a restart, or another isolate) over
//   the same persisted KV. `useEtagOf: i` sends If-None-Match with the ETag
//   of answer i, counted across instances.
//   Prints { answers, served }: every answer, and the SERVED namespace's
//   records at the end.
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { Miniflare } from 'miniflare'

const [scriptPath, jobPath] = process.argv.slice(2)
const job = JSON.parse(await readFile(jobPath, 'utf8'))

function start() {
  return new Miniflare({
    modules: true,
    scriptPath: resolve(scriptPath),
    // Module names are paths relative to this root; workerd refuses `..` in them.
    modulesRoot: dirname(resolve(scriptPath)),
    compatibilityDate: '2025-09-01',
    // As in wrangler.toml.
    bindings: { FEED_PATH: '/feeds' },
    kvNamespaces: ['PROFILES', 'SERVED'],
    kvPersist: join(job.persist, 'kv'),
    cachePersist: join(job.persist, 'cache'),
  })
}

const answers = []
let served = {}
for (const instance of job.instances) {
  const mf = start()
  try {
    const kv = await mf.getKVNamespace('PROFILES')
    for (const [key, value] of Object.entries(instance.kv ?? {})) await kv.put(key, value)
    for (const r of instance.requests) {
      const headers = { ...r.headers }
      if (r.useEtagOf !== undefined) headers['If-None-Match'] = answers[r.useEtagOf].headers.etag
      const response = await mf.dispatchFetch(`https://feeds.example${r.path}`, {
        method: r.method ?? 'GET',
        headers,
      })
      answers.push({
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: await response.text(),
      })
    }
    const records = await mf.getKVNamespace('SERVED')
    served = {}
    for (const { name } of (await records.list()).keys)
      served[name] = await records.get(name, 'json')
  } finally {
    await mf.dispose()
  }
}
process.stdout.write(JSON.stringify({ answers, served }))
