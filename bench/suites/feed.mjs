// Feed: `snackplan serve` under autocannon on 127.0.0.1 (10 connections):
// conditional GETs answered 304, first requests for distinct profiles (200),
// and a mixed run, with the server's RSS before, after and at its highest.
// Profiles are generated with arbitraryProfile from a fixed seed. Every run
// is bounded in requests and in time, and the server is stopped by its pid.
// The server runs as a new user starts it, with no Node flags;
// BENCH_SERVE_FLAGS=recommended runs it with the memory flags
// docs/ics-and-feeds.md describes (SERVE_NODE_OPTIONS and SERVE_ENV below),
// which trade CPU (fewer 304s a second) for a smaller RSS.
//
// Alone, after `pnpm build`: node bench/suites/feed.mjs [--quick]
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { arbitraryProfile } from '@snackplan/engine/testing'
import autocannon from 'autocannon'
import fc from 'fast-check'

const BIN = fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url))
const SEED = 20261122
const CONNECTIONS = 10

/**
 * What docs/ics-and-feeds.md ("Sizing a deployment") recommends for a busy
 * `snackplan serve`: a smaller young generation, an old-space limit that
 * makes V8 grow its heap by 1.3x of what is live rather than up to 4x, and
 * (glibc) large buffers such as response bodies mapped and unmapped on
 * their own rather than kept in malloc's heap after they are freed.
 */
export const SERVE_NODE_OPTIONS = ['--max-semi-space-size=4', '--max-old-space-size=256']
/** The environment part of that recommendation. */
export const SERVE_ENV = { MALLOC_MMAP_THRESHOLD_: '131072' }
const plain = process.env.BENCH_SERVE_FLAGS !== 'recommended'
const serveFlags = plain ? [] : SERVE_NODE_OPTIONS
const serveEnv = plain ? {} : SERVE_ENV

const CACHE = new URL('../.cache/', import.meta.url)

/**
 * `count` valid profiles from arbitraryProfile with a fixed seed, ids
 * p00000.., the same on every run. Generating 10,000 takes a minute or two,
 * so they are kept in bench/.cache (not committed) once made.
 */
export function generatedProfiles(count) {
  const file = new URL(`profiles-${SEED}-${count}.json`, CACHE)
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'))
  const profiles = fc
    .sample(arbitraryProfile(), { seed: SEED, numRuns: count })
    .map((profile, i) => ({ ...profile, id: `p${String(i).padStart(5, '0')}` }))
  mkdirSync(CACHE, { recursive: true })
  writeFileSync(file, JSON.stringify(profiles))
  return profiles
}

// User + system CPU of a process in ms (Linux clock ticks of 10 ms).
async function cpuMs(pid) {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

async function rssMiB(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024
}

/** Starts `snackplan serve` on a free port of 127.0.0.1; resolves with its URL and pid. */
async function startServer(dir) {
  const child = spawn(
    process.execPath,
    [...serveFlags, BIN, 'serve', '--profiles', dir, '--port', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...serveEnv } },
  )
  let errors = ''
  child.stderr.on('data', (d) => {
    errors += d
  })
  const url = await new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
      const m = /snackplan feed on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)
      if (m) resolve(m[1])
    })
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${errors}`)))
  })
  child.stdout.resume()
  return { url, pid: child.pid, child, errors: () => errors }
}

function stop(server) {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve()
    server.child.once('exit', resolve)
    process.kill(server.pid, 'SIGTERM')
  })
}

// autocannon ignores `duration` once `amount` is set: a run with both stops
// at whichever comes first here.
function run({ duration, ...options }) {
  const tracker = autocannon({ connections: CONNECTIONS, ...options, duration })
  if (options.amount === undefined) return tracker
  const cap = setTimeout(() => tracker.stop(), duration * 1000)
  return tracker.then((result) => {
    clearTimeout(cap)
    return result
  })
}

function summary(name, result, rssBefore, rssAfter, cpu) {
  const codes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, Number(s.count)]),
  )
  return {
    name,
    requests: result.requests.total,
    seconds: result.duration,
    reqPerSec: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    codes,
    errors: result.errors + result.timeouts,
    cpuMsPerRequest: cpu / Math.max(1, result.requests.total),
    rssBeforeMiB: rssBefore,
    rssAfterMiB: rssAfter,
  }
}

/**
 * @param {{ quick: boolean, log: (s: string) => void }} input
 */
export async function feedSuite({ quick, log }) {
  const profileCount = quick ? 300 : 10_000
  const dir = await mkdtemp(join(tmpdir(), 'snackplan-bench-feed-'))
  const profiles = generatedProfiles(profileCount)
  await Promise.all(
    profiles.map((p) => writeFile(join(dir, `${p.id}.json`), `${JSON.stringify(p)}\n`)),
  )
  log(`feed: ${profileCount} generated profiles in ${dir}; starting snackplan serve`)
  const server = await startServer(dir)
  const results = []
  // The highest RSS seen, sampled every 250 ms while the runs go on.
  let rssPeak = 0
  const sampler = setInterval(() => {
    rssMiB(server.pid)
      .then((mib) => {
        rssPeak = Math.max(rssPeak, mib)
      })
      .catch(() => {})
  }, 250)
  try {
    const rssStart = await rssMiB(server.pid)
    let next = 0
    const unseen = () => profiles[next++ % profileCount].id

    // 1. Distinct profiles, each asked for the first time: plan + serialize.
    //    A fresh server's first requests also pay for compiling its code
    //    (the fresh-process and Workers rows measure that cost), so they are
    //    a run of their own; the target reads the run after them, which
    //    asks for other profiles, none served before either.
    const firstRequests = async (name, amount) => {
      log(`feed: ${amount} first requests for distinct profiles (200), ${name}`)
      const before = await rssMiB(server.pid)
      const cpu = await cpuMs(server.pid)
      const result = await run({
        url: server.url,
        amount,
        duration: quick ? 20 : 120,
        requests: [{ setupRequest: (req) => ({ ...req, path: `/${unseen()}.ics` }) }],
      })
      const after = await rssMiB(server.pid)
      results.push(summary(name, result, before, after, (await cpuMs(server.pid)) - cpu))
    }
    await firstRequests(
      "200, distinct profiles, the fresh server's first requests",
      quick ? 10 : 300,
    )
    await firstRequests('200, distinct profiles (first request each)', quick ? 30 : 1500)
    let before
    let cpu
    let result

    // 2. Conditional requests for profiles already served: 304 without planning.
    const warm = profiles.slice(0, 100).map((p) => p.id)
    const tags = new Map()
    for (const id of warm) {
      const response = await fetch(`${server.url}/${id}.ics`, { method: 'HEAD' })
      tags.set(id, response.headers.get('etag'))
    }
    log(`feed: conditional GETs over ${warm.length} profiles (304), ${quick ? 3 : 10} s`)
    let i = 0
    before = await rssMiB(server.pid)
    cpu = await cpuMs(server.pid)
    result = await run({
      url: server.url,
      duration: quick ? 3 : 10,
      requests: [
        {
          setupRequest: (req) => {
            const id = warm[i++ % warm.length]
            return { ...req, path: `/${id}.ics`, headers: { 'If-None-Match': tags.get(id) } }
          },
        },
      ],
    })
    results.push(
      summary(
        '304, If-None-Match (100 profiles)',
        result,
        before,
        await rssMiB(server.pid),
        (await cpuMs(server.pid)) - cpu,
      ),
    )

    // 3. Mixed: one request in ten is someone's first (200), the others are
    //    conditional refreshes of feeds served before (304).
    const mixed = quick ? 400 : 100_000
    log(`feed: mixed run, ${mixed} requests over up to ${profileCount} profiles`)
    const seen = []
    const known = new Map()
    let k = 0
    let r = 1
    before = await rssMiB(server.pid)
    cpu = await cpuMs(server.pid)
    result = await run({
      url: server.url,
      amount: mixed,
      duration: quick ? 15 : 180,
      requests: [
        {
          setupRequest: (req) => {
            k++
            if (k % 10 === 1 || seen.length === 0) {
              const id = unseen()
              seen.push(id)
              return { ...req, path: `/${id}.ics`, headers: {} }
            }
            // A fixed-seed walk over the feeds served so far.
            r = (r * 48_271) % 2_147_483_647
            const id = seen[r % seen.length]
            const tag = known.get(id)
            return { ...req, path: `/${id}.ics`, headers: tag ? { 'If-None-Match': tag } : {} }
          },
          onResponse: (status, _body, _context, headers) => {
            if (status === 200 && headers.etag)
              known.set(headers['content-disposition'].match(/"(.+)\.ics"/)[1], headers.etag)
          },
        },
      ],
    })
    results.push(
      summary(
        `mixed: 1 in 10 first requests (200), others conditional (304); ${seen.length} profiles`,
        result,
        before,
        await rssMiB(server.pid),
        (await cpuMs(server.pid)) - cpu,
      ),
    )
    return {
      results,
      rssStartMiB: rssStart,
      rssPeakMiB: rssPeak,
      serverFlags: [...Object.entries(serveEnv).map(([k, v]) => `${k}=${v}`), ...serveFlags].join(
        ' ',
      ),
      profiles: profileCount,
      errors: server.errors(),
    }
  } finally {
    clearInterval(sampler)
    await stop(server)
    await rm(dir, { recursive: true, force: true })
  }
}

/** One run of the suite as a line of the report. */
export function feedLine(r) {
  return `${r.name}: ${r.requests} requests in ${r.seconds} s, ${r.reqPerSec.toFixed(0)} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, status ${JSON.stringify(r.codes)}, errors ${r.errors}, server CPU ${r.cpuMsPerRequest.toFixed(2)} ms/request, RSS ${r.rssBeforeMiB.toFixed(0)} -> ${r.rssAfterMiB.toFixed(0)} MiB`
}

// `node bench/suites/feed.mjs [--quick]`: the feed suite alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now()
  const log = (line) =>
    process.stderr.write(`[feed] ${((performance.now() - started) / 1000).toFixed(0)} s  ${line}\n`)
  const feed = await feedSuite({ quick: process.argv.includes('--quick'), log })
  const lines = feed.results.map(feedLine)
  process.stdout.write(
    `snackplan serve ${feed.serverFlags ? `(${feed.serverFlags}) ` : ''}over ${feed.profiles} profiles: RSS ${feed.rssStartMiB.toFixed(0)} MiB after start, ${feed.rssPeakMiB.toFixed(0)} MiB at most\n${lines.map((l) => `  ${l}`).join('\n')}\n`,
  )
}
