// The feed under load and faults (issue 9): starts bench/faults/feed-server.mjs
// on 127.0.0.1, runs a mixed load for DURATION_S seconds (default 60) and
// stops the server by its pid. Exits 1 if any check fails.
//
//   pnpm bench:faults                 # 60 s
//   DURATION_S=5 node bench/faults/feed-faults.mjs
//
// Load: normal GET/HEAD/If-None-Match, a store whose get or set throws or
// hangs, a getProfile that throws, slow clients (a byte every 50 ms),
// clients that disconnect mid-body, malformed requests and 10 MB headers.
// Checks: only the documented statuses (5xx: 500 for a throw outside the
// store, 503 for a timeout), no unhandled rejection, no request longer than its timeout,
// heap flat, no store write for a request that failed.
import { fork } from 'node:child_process'
import { request as httpRequest } from 'node:http'
import { connect } from 'node:net'
import { fileURLToPath } from 'node:url'

const DURATION_S = Number(process.env.DURATION_S ?? 60)
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 8)
const FEED_TIMEOUT_MS = 1000
// Longest any request may take, the slow client's own pace included.
const LONGEST_MS = 6000
const ROOT = fileURLToPath(new URL('../../', import.meta.url))

const server = fork(fileURLToPath(new URL('./feed-server.mjs', import.meta.url)), [], {
  cwd: ROOT,
  env: { ...process.env, FEED_TIMEOUT_MS: String(FEED_TIMEOUT_MS) },
  execArgv: ['--expose-gc', '--conditions=@snackplan/source', '--import', 'tsx'],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
})
const ask = (message) =>
  new Promise((resolve) => {
    server.once('message', resolve)
    if (message) server.send(message)
  })
const { port } = await ask()

const statuses = {}
let longest = 0
let slowest = ''
let requests = 0
// By scenario, then by status: names and statuses both hold spaces
// ('10 MB header', '200 (left mid-body)'), so they are never joined into one key.
const count = (kind, status) => {
  if (!statuses[kind]) statuses[kind] = {}
  statuses[kind][status] = (statuses[kind][status] ?? 0) + 1
}

/** One HTTP request; resolves with its status (or `reset` when the socket died). */
function get(path, { method = 'GET', headers = {}, abortAfterBytes } = {}) {
  return new Promise((resolve) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let bytes = 0
      res.on('data', (chunk) => {
        bytes += chunk.length
        if (abortAfterBytes !== undefined && bytes >= abortAfterBytes) {
          req.destroy()
          resolve(`${res.statusCode} (left mid-body)`)
        }
      })
      res.on('end', () => resolve(res.statusCode))
      res.on('error', () => resolve(`${res.statusCode} (reset)`))
    })
    req.on('error', () => resolve('reset'))
    req.end()
  })
}

/** Raw bytes, written `pace` ms apart in `pieces`; resolves with the status line's code. */
function raw(text, { pieces = 1, pace = 0 } = {}) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    let head = ''
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1')
    })
    socket.on('error', () => {})
    socket.on('close', () => resolve(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 'closed'))
    const size = Math.ceil(text.length / pieces)
    let i = 0
    const write = () => {
      if (socket.destroyed) return
      const part = text.slice(i * size, (i + 1) * size)
      i++
      if (i >= pieces) socket.end(part, 'latin1')
      else socket.write(part, 'latin1', () => setTimeout(write, pace))
    }
    write()
  })
}

const BIG_HEADER = `GET /anna.ics HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(10 * 1024 * 1024)}\r\n\r\n`
const SCENARIOS = [
  ['get', () => get('/anna.ics'), 8],
  ['head', () => get('/anna.ics', { method: 'HEAD' }), 2],
  ['if-none-match', () => get('/anna.ics', { headers: { 'If-None-Match': '"x", *' } }), 2],
  ['get-throws', () => get('/get-throws.ics'), 1],
  ['set-throws', () => get('/set-throws.ics'), 1],
  ['get-hangs', () => get('/get-hangs.ics'), 1],
  ['set-hangs', () => get('/set-hangs.ics'), 1],
  ['profile-throws', () => get('/profile-throws.ics'), 1],
  ['unknown', () => get('/nobody.ics'), 1],
  ['post', () => get('/anna.ics', { method: 'POST' }), 1],
  ['mid-body', () => get('/anna.ics', { abortAfterBytes: 1 }), 2],
  ['malformed', () => raw('GET /anna.ics HTTP/1.1\r\nHost x\r\n\r\n'), 1],
  ['garbage', () => raw('\u0000\u00ff\r\n\r\n'), 1],
  ['10 MB header', () => raw(BIG_HEADER), 1],
  [
    'slow client',
    () =>
      raw('GET /anna.ics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', {
        pieces: 40,
        pace: 50,
      }),
    1,
  ],
]
const weighted = SCENARIOS.flatMap(([name, run, weight]) => Array(weight).fill([name, run]))
let seed = 1
const pick = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31
  return weighted[seed % weighted.length]
}

async function worker(until) {
  while (Date.now() < until) {
    const [name, run] = pick()
    const t = performance.now()
    const status = await run()
    const ms = performance.now() - t
    requests++
    if (ms > longest) {
      longest = ms
      slowest = name
    }
    count(name, status)
  }
}

// Warm up (first plans, JIT), then measure the heap, load, measure again.
await Promise.all(Array.from({ length: 4 }, () => worker(Date.now() + 2000)))
const before = await ask('stats')
const start = Date.now()
await Promise.all(Array.from({ length: CONCURRENCY }, () => worker(start + DURATION_S * 1000)))
const elapsed = (Date.now() - start) / 1000
const after = await ask('stats')
process.kill(server.pid)

// The documented answers: 500 when getProfile throws, 503 on a timeout; a
// store that throws is reported and the feed served as if it held nothing.
const ALLOWED = {
  'get-throws': [],
  'set-throws': [],
  'get-hangs': ['503'],
  'set-hangs': ['503'],
  'profile-throws': ['500'],
}
const problems = []
for (const [name, byStatus] of Object.entries(statuses)) {
  for (const [status, n] of Object.entries(byStatus)) {
    // '503', '200 (left mid-body)', '200 (reset)' or 'reset': the code comes first.
    const code = status.split(' ')[0]
    if (/^5\d\d$/.test(code) && !(ALLOWED[name] ?? []).includes(code)) {
      problems.push(`${n} x ${name} ${status}: an undocumented 5xx`)
    }
    const reset = code === 'reset' || status.endsWith('(reset)')
    if (reset && !['mid-body', '10 MB header'].includes(name)) {
      problems.push(`${n} x ${name} ${status}: the connection was reset`)
    }
  }
}
if (after.unhandled > 0) problems.push(`${after.unhandled} unhandled rejections`)
if (after.violations > 0) problems.push(`${after.violations} store writes for failed requests`)
if (longest > LONGEST_MS) problems.push(`a ${slowest} request took ${longest.toFixed(0)} ms`)
const growth = (after.heapUsed - before.heapUsed) / 2 ** 20
// Flat: the store and caches are bounded; allow for GC timing noise.
if (growth > 64) problems.push(`heap grew by ${growth.toFixed(1)} MiB`)

console.log(
  JSON.stringify(
    {
      seconds: Number(elapsed.toFixed(1)),
      concurrency: CONCURRENCY,
      requests,
      perSecond: Math.round(requests / elapsed),
      longestMs: Math.round(longest),
      longestKind: slowest,
      heapBeforeMiB: Number((before.heapUsed / 2 ** 20).toFixed(1)),
      heapAfterMiB: Number((after.heapUsed / 2 ** 20).toFixed(1)),
      unhandledRejections: after.unhandled,
      storeWritesForFailedRequests: after.violations,
      statuses,
      problems,
    },
    null,
    2,
  ),
)
process.exit(problems.length > 0 ? 1 : 0)
