import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { build } from 'esbuild'
import ical from 'node-ical'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

interface Answer {
  status: number
  headers: Record<string, string>
  body: string
}

const root = join(import.meta.dirname, '..')
let scratch: string
let answers: Answer[]
let served: Record<string, { uid: string; sequence: number; stamp: string }[]>

const requests = [
  { path: '/feeds/anna.ics' },
  { path: '/feeds/anna.ics', useEtagOf: 0 },
  { path: '/feeds/anna.ics', method: 'HEAD' },
  { path: '/feeds/anna.ics', headers: { 'If-None-Match': 'W/"0000000000000000", "x"' } },
  { path: '/feeds/lars.ics' },
  { path: '/feeds/kim.ics' },
  { path: '/feeds/nobody.ics' },
  { path: '/anna.ics' },
  { path: '/feeds/-x.ics' },
  { path: '/feeds/anna.ics', method: 'POST' },
  { path: '/__probe/codegen' },
]
// A restart (a new workerd over the same KV): the same feed, its record read
// back from KV; its ETag from before still answers 304.
const afterRestart = [{ path: '/feeds/anna.ics', useEtagOf: 0 }, { path: '/feeds/anna.ics' }]
const RESTART = requests.length

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'snackplan-worker-'))
  const bundle = join(scratch, 'worker.mjs')
  // As wrangler would, but resolving the workspace packages to their TypeScript sources.
  await build({
    entryPoints: [join(root, 'test/worker-entry.ts')],
    outfile: bundle,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    conditions: ['@snackplan/source', 'workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  })
  // A profile only in KV: Sam's sample under another id.
  const sam = JSON.parse(await readFile(join(root, '../profiles/sam.json'), 'utf8'))
  const job = join(scratch, 'job.json')
  await writeFile(
    job,
    JSON.stringify({
      persist: join(scratch, 'persist'),
      instances: [
        { kv: { kim: JSON.stringify({ ...sam, id: 'kim' }) }, requests },
        { requests: afterRestart },
      ],
    }),
  )

  // Miniflare needs Node >= 22; this machine's default may be older.
  const { stdout } = await promisify(execFile)(
    'npx',
    ['-y', 'node@22', 'scripts/run-in-miniflare.mjs', bundle, job],
    { cwd: root, timeout: 180_000, maxBuffer: 16 * 1024 * 1024 },
  )
  ;({ answers, served } = JSON.parse(stdout))
}, 200_000)

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

describe('examples/cloudflare-worker in workerd (Miniflare)', () => {
  it('runs where code generation is blocked, as in production', () => {
    expect(answers[10]!.body).toMatch(/^blocked: /)
  })

  it('serves a feed that parses, with the feed headers', () => {
    const get = answers[0]!
    expect(get.status).toBe(200)
    expect(get.headers['content-type']).toBe('text/calendar; charset=utf-8')
    expect(get.headers.etag).toMatch(/^"[0-9a-f]{32}"$/)
    expect(get.headers['last-modified']).toMatch(/ GMT$/)
    expect(get.headers['cache-control']).toBe('public, max-age=3600')
    expect(get.headers['content-disposition']).toBe(
      `inline; filename="anna.ics"; filename*=UTF-8''anna.ics`,
    )
    const events = Object.values(ical.sync.parseICS(get.body)).filter((c) => c?.type === 'VEVENT')
    expect(events.length).toBeGreaterThan(0)
    expect(get.body).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm')
  })

  it('answers 304 for the ETag it gave, HEAD without a body, 200 for other tags', () => {
    const etag = answers[0]!.headers.etag
    expect(answers[1]).toMatchObject({ status: 304, body: '' })
    expect(answers[1]!.headers.etag).toBe(etag)
    expect(answers[2]).toMatchObject({ status: 200, body: '' })
    expect(answers[2]!.headers.etag).toBe(etag)
    expect(answers[2]!.headers['content-length']).toBe(answers[0]!.headers['content-length'])
    expect(answers[3]!.status).toBe(200)
  })

  it('serves bundled and KV profiles in their own language', () => {
    expect(answers[4]!.status).toBe(200)
    expect(answers[4]!.headers.etag).not.toBe(answers[0]!.headers.etag)
    expect(answers[5]!.status).toBe(200)
    expect(answers[5]!.body).toContain('TZID:America/New_York')
  })

  it('answers 404, 400 and 405', () => {
    expect(answers[6]!.status).toBe(404)
    expect(answers[7]!.status).toBe(404)
    expect(answers[8]!.status).toBe(400)
    expect(answers[9]!.status).toBe(405)
    expect(answers[9]!.headers.allow).toBe('GET, HEAD')
  })

  it('keeps SEQUENCE and DTSTAMP in KV, across a restart and between instances', () => {
    const stamps = (body: string) => [...body.matchAll(/^DTSTAMP:(\S+)\r$/gm)].map((m) => m[1])
    const first = answers[0]!
    expect(Object.keys(served).sort()).toEqual(['served:anna', 'served:kim', 'served:lars'])
    const record = served['served:anna']!
    expect(record.length).toBe(stamps(first.body).length)
    expect(record.every((e) => e.sequence === 0)).toBe(true)
    // The restarted worker reads the record: its ETag still validates, and a
    // full answer carries the same DTSTAMPs and bytes as before the restart.
    expect(answers[RESTART]).toMatchObject({ status: 304, body: '' })
    const again = answers[RESTART + 1]!
    expect(again.status).toBe(200)
    expect(again.headers.etag).toBe(first.headers.etag)
    expect(stamps(again.body)).toEqual(stamps(first.body))
    expect(again.body).toBe(first.body)
  })
})
