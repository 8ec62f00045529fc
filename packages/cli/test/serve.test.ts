import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { serveCommand } from '../src/commands/serve'
import { feedMemory, SERVE_TIMEOUTS } from '../src/commands/serve-limits'
import { ROOT } from './run'

async function listen(profiles: string, flags: string[] = [], timeouts = SERVE_TIMEOUTS) {
  let base = ''
  let out = ''
  let close: () => Promise<void> = async () => {}
  await new Promise<void>((ready) => {
    void serveCommand(
      ['--profiles', profiles, '--port', '0', ...flags],
      { out: (t) => (out += t), err: () => {}, cwd: ROOT },
      (url, c) => {
        base = url
        close = c
        ready()
      },
      timeouts,
    )
  })
  return { base, close, out }
}

const io = () => {
  let out = ''
  return { io: { out: (t: string) => (out += t), err: () => {}, cwd: ROOT }, said: () => out }
}

describe('snackplan serve', () => {
  it('starts on a folder with no profiles and answers 404', async () => {
    // A store bounded to 0 feeds would refuse its own bound and stop serve.
    const dir = await mkdtemp(join(tmpdir(), 'snackplan-empty-'))
    try {
      const { base, close } = await listen(dir)
      try {
        expect((await fetch(`${base}/anna.ics`)).status).toBe(404)
      } finally {
        await close()
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('serves each profile as a feed over HTTP on 127.0.0.1, with 304 on a matching ETag', async () => {
    let out = ''
    let base = ''
    let close: () => Promise<void> = async () => {}
    const listening = new Promise<void>((ready) => {
      void serveCommand(
        ['--profiles', 'examples/profiles', '--port', '0'],
        { out: (t) => (out += t), err: () => {}, cwd: ROOT },
        (url, c) => {
          base = url
          close = c
          ready()
        },
      )
    })
    await listening
    try {
      expect(out).toContain(`${base}/anna.ics`)
      const first = await fetch(`${base}/anna.ics`)
      expect(first.status).toBe(200)
      expect(first.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
      const body = await first.text()
      expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
      const etag = first.headers.get('etag')!
      const again = await fetch(`${base}/anna.ics`, { headers: { 'If-None-Match': etag } })
      expect(again.status).toBe(304)
      expect((await fetch(`${base}/nobody.ics`)).status).toBe(404)
    } finally {
      await close()
    }
  })

  it('answers 304 from the ETag alone and serves an edited profile file at once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'snackplan-serve-'))
    await cp(join(ROOT, 'examples/profiles/anna.json'), join(dir, 'anna.json'))
    const { base, close } = await listen(dir)
    try {
      const first = await fetch(`${base}/anna.ics`)
      const etag = first.headers.get('etag')!
      expect(etag).toMatch(/^"[0-9a-f]{32}"$/)
      const again = await fetch(`${base}/anna.ics`, { headers: { 'If-None-Match': etag } })
      expect(again.status).toBe(304)
      // A repeated plain GET comes from the body cache: the same bytes.
      expect(await (await fetch(`${base}/anna.ics`)).text()).toBe(await first.text())
      const anna = JSON.parse(await readFile(join(dir, 'anna.json'), 'utf8'))
      await writeFile(join(dir, 'anna.json'), JSON.stringify({ ...anna, bed: '21:30' }))
      const edited = await fetch(`${base}/anna.ics`, { headers: { 'If-None-Match': etag } })
      expect(edited.status).toBe(200)
      expect(edited.headers.get('etag')).not.toBe(etag)
    } finally {
      await close()
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('serves a profile added, or mended, as <id>.json after start without a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'snackplan-serve-'))
    await cp(join(ROOT, 'examples/profiles/anna.json'), join(dir, 'anna.json'))
    await writeFile(join(dir, 'sam.json'), '{ "id": "sam" }')
    const { base, close } = await listen(dir)
    try {
      expect((await fetch(`${base}/lars.ics`)).status).toBe(404)
      await cp(join(ROOT, 'examples/profiles/lars.json'), join(dir, 'lars.json'))
      expect((await fetch(`${base}/lars.ics`)).status).toBe(200)
      // Invalid at start (skipped), mended afterwards.
      expect((await fetch(`${base}/sam.ics`)).status).toBe(404)
      await cp(join(ROOT, 'examples/profiles/sam.json'), join(dir, 'sam.json'))
      expect((await fetch(`${base}/sam.ics`)).status).toBe(200)
      // A file under another name holding the id is found only at start.
      const kim = JSON.parse(await readFile(join(ROOT, 'examples/profiles/anna.json'), 'utf8'))
      await writeFile(join(dir, 'other.json'), JSON.stringify({ ...kim, id: 'kim' }))
      expect((await fetch(`${base}/kim.ics`)).status).toBe(404)
      // A file named for an id but holding another person serves nobody.
      await writeFile(join(dir, 'lee.json'), JSON.stringify({ ...kim, id: 'someone-else' }))
      expect((await fetch(`${base}/lee.ics`)).status).toBe(404)
    } finally {
      await close()
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('remembers what it served only when every profile fits in --store-mib', () => {
    const a = io()
    // Room for 256 records: profiles added after start are remembered too.
    expect(feedMemory(3, 32, 16, a.io)).toEqual({
      storeBytes: 32 * 2 ** 20,
      storeFeeds: 256,
      cacheBytes: 16 * 2 ** 20,
    })
    expect(a.said()).toMatch(/remembering what each of 3 feeds served/)
    // 10,000 records would not fit: a bounded store would forget and re-plan.
    const b = io()
    expect(feedMemory(10_000, 32, 16, b.io)).toEqual({
      storeBytes: 0,
      storeFeeds: 1,
      cacheBytes: 16 * 2 ** 20,
    })
    expect(b.said()).toMatch(/stateless feeds: 10000 profiles need about 1250 MiB/)
    expect(feedMemory(3, 0, 0, io().io)).toEqual({ storeBytes: 0, storeFeeds: 1, cacheBytes: 0 })
  })

  it('with --store-mib 0 serves statelessly: SEQUENCE 0 and DTSTAMP from the plan', async () => {
    const { base, close } = await listen('examples/profiles', ['--store-mib', '0'])
    try {
      const body = await (await fetch(`${base}/anna.ics`)).text()
      const stamps = new Set(body.split('\r\n').filter((l) => l.startsWith('DTSTAMP:')))
      expect(stamps.size).toBe(1)
      expect([...stamps][0]).toMatch(/^DTSTAMP:\d{8}T000000Z$/)
    } finally {
      await close()
    }
  })

  it('refuses memory flags that are not whole MiB', async () => {
    for (const value of ['lots', '1.5', '70000']) {
      await expect(
        serveCommand(['--profiles', 'examples/profiles', '--store-mib', value], io().io),
      ).rejects.toThrow(/--store-mib must be a whole number/)
    }
  })

  it('disconnects a client that never finishes its headers', async () => {
    const { base, close } = await listen('examples/profiles', [], {
      headersMs: 300,
      requestMs: 1000,
      checkIntervalMs: 100,
    })
    try {
      const { hostname, port } = new URL(base)
      const socket = connect(Number(port), hostname)
      socket.write('GET /anna.ics HTTP/1.1\r\nHost: x\r\n')
      let answer = ''
      socket.on('data', (d: Buffer) => {
        answer += d
      })
      // A hang detector only: Node closes it after about 0.4 s.
      const closed = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), 10_000)
        socket.on('close', () => {
          clearTimeout(timer)
          resolve(true)
        })
      })
      expect(closed).toBe(true)
      expect(answer).toMatch(/^HTTP\/1\.1 408/)
    } finally {
      await close()
    }
  })
})
