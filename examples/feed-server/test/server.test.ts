import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultCatalog } from '@snackplan/catalog'
import { createPlanner, defaultRules } from '@snackplan/engine'
import ical from 'node-ical'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FeedServer, startFeedServer } from '../src/feed-server'

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

let feed: FeedServer
let port: number
let scratch: string

function get(path: string, method = 'GET', headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({
          status: res.statusCode!,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

beforeAll(async () => {
  // The shipped profiles, plus two broken ones in a scratch folder.
  scratch = await mkdtemp(join(tmpdir(), 'snackplan-feed-'))
  const shipped = join(import.meta.dirname, '../../profiles')
  for (const id of ['anna', 'lars', 'sam']) {
    await writeFile(join(scratch, `${id}.json`), await readFile(join(shipped, `${id}.json`)))
  }
  await writeFile(join(scratch, 'broken.json'), '{ "id": "broken", ')
  await writeFile(join(scratch, 'impostor.json'), await readFile(join(shipped, 'anna.json')))
  feed = await startFeedServer({
    profilesDir: scratch,
    planner: createPlanner({ catalog: defaultCatalog, rules: defaultRules, plugins: [] }),
    port: 0,
    feed: { onError: () => {} },
  })
  port = Number(new URL(feed.url).port)
})

afterAll(async () => {
  await feed?.close()
  await rm(scratch, { recursive: true, force: true })
})

describe('examples/feed-server over real HTTP on 127.0.0.1', () => {
  it('listens on 127.0.0.1 with an ephemeral port', () => {
    expect(feed.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(port).toBeGreaterThan(0)
  })

  it('serves a feed that parses, then 304 with the ETag, and HEAD without a body', async () => {
    for (const id of ['anna', 'lars', 'sam']) {
      const first = await get(`/${id}.ics`)
      expect(first.status, id).toBe(200)
      expect(first.headers['content-type']).toBe('text/calendar; charset=utf-8')
      expect(first.headers['cache-control']).toBe('public, max-age=3600')
      expect(first.headers['content-disposition']).toBe(
        `inline; filename="${id}.ics"; filename*=UTF-8''${id}.ics`,
      )
      expect(first.headers['last-modified']).toMatch(
        /^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
      )
      const etag = first.headers.etag as string
      expect(etag).toMatch(/^"[0-9a-f]{32}"$/)

      const events = Object.values(ical.sync.parseICS(first.body)).filter(
        (c) => c?.type === 'VEVENT',
      )
      expect(events.length).toBeGreaterThan(0)

      const again = await get(`/${id}.ics`, 'GET', { 'If-None-Match': etag })
      expect(again.status).toBe(304)
      expect(again.body).toBe('')
      expect(again.headers.etag).toBe(etag)

      const head = await get(`/${id}.ics`, 'HEAD')
      expect(head.status).toBe(200)
      expect(head.body).toBe('')
      expect(head.headers.etag).toBe(etag)
      expect(head.headers['content-length']).toBe(String(Buffer.byteLength(first.body)))
    }
  })

  it('answers 404 for unknown ids and for a file holding another id, 400 for malformed ids', async () => {
    expect((await get('/nobody.ics')).status).toBe(404)
    expect((await get('/impostor.ics')).status).toBe(404)
    expect((await get('/..%2Fanna.ics')).status).toBe(400)
    expect((await get('/an%20na.ics')).status).toBe(400)
  })

  it('answers 405 with Allow for other methods', async () => {
    const answer = await get('/anna.ics', 'DELETE')
    expect(answer.status).toBe(405)
    expect(answer.headers.allow).toBe('GET, HEAD')
  })

  it('answers a generic 500 for an invalid profile file', async () => {
    const answer = await get('/broken.ics')
    expect(answer.status).toBe(500)
    expect(answer.body).toBe('Internal Server Error')
  })
})
