import { describe, expect, it } from 'vitest'
import { serveCommand } from '../src/commands/serve'
import { ROOT } from './run'

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
})
