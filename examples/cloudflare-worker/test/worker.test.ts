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
    JSON.stringify({ kv: { kim: JSON.stringify({ ...sam, id: 'kim' }) }, requests }),
  )

  // Miniflare needs Node >= 22; this machine's default may be older.
  const { stdout } = await promisify(execFile)(
    'npx',
    ['-y', 'node@22', 'scripts/run-in-miniflare.mjs', bundle, job],
    { cwd: root, timeout: 180_000, maxBuffer: 16 * 1024 * 1024 },
  )
  answers = JSON.parse(stdout)
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
    expect(get.headers.etag).toMatch(/^"[0-9a-f]{16}"$/)
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
})
