// Runs a bundled worker in workerd through Miniflare and prints what it
// answered as JSON on stdout. Miniflare needs Node >= 22, so the test starts
// this file with `npx -y node@22`.
//
//   node scripts/run-in-miniflare.mjs <bundle.mjs> <job.json>
//   job: { "kv": { "<id>": "<profile JSON>" },
//          "requests": [{ "path": "/feeds/anna.ics", "method": "GET", "headers": {}, "useEtagOf": 0 }] }
//   `useEtagOf: i` sends If-None-Match with the ETag of answer i.
import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { Miniflare } from 'miniflare'

const [scriptPath, jobPath] = process.argv.slice(2)
const job = JSON.parse(await readFile(jobPath, 'utf8'))

const mf = new Miniflare({
  modules: true,
  scriptPath: resolve(scriptPath),
  // Module names are paths relative to this root; workerd refuses `..` in them.
  modulesRoot: dirname(resolve(scriptPath)),
  compatibilityDate: '2025-09-01',
  // As in wrangler.toml.
  bindings: { FEED_PATH: '/feeds' },
  kvNamespaces: ['PROFILES'],
})
try {
  const kv = await mf.getKVNamespace('PROFILES')
  for (const [key, value] of Object.entries(job.kv ?? {})) await kv.put(key, value)

  const answers = []
  for (const r of job.requests) {
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
  process.stdout.write(JSON.stringify(answers))
} finally {
  await mf.dispose()
}
