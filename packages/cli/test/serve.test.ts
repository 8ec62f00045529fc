import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { serveCommand } from '../src/commands/serve'
import { ROOT } from './run'

async function listen(profiles: string) {
  let base = ''
  let close: () => Promise<void> = async () => {}
  await new Promise<void>((ready) => {
    void serveCommand(
      ['--profiles', profiles, '--port', '0'],
      { out: () => {}, err: () => {}, cwd: ROOT },
      (url, c) => {
        base = url
        close = c
        ready()
      },
    )
  })
  return { base, close }
}

describe('snackplan serve', () => {
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
})
