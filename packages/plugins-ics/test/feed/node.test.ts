import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { SnackplanError } from '@snackplan/catalog'
import { afterEach, describe, expect, it } from 'vitest'
import { type FetchHandler, type NodeListenerOptions, toNodeListener } from '../../src/feed'
import { makeFeed } from './setup'

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

let server: Server | undefined

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  server = undefined
})

async function listen(handler: FetchHandler, options: NodeListenerOptions = {}): Promise<number> {
  server = createServer(toNodeListener(handler, options))
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

function fetchRaw(
  port: number,
  path: string,
  method = 'GET',
  headers: Record<string, string> = {},
): Promise<Answer> {
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

describe('toNodeListener', () => {
  it('serves the feed over node:http: 200, HEAD, 304, 404, 400, 405', async () => {
    const port = await listen(makeFeed().handler)
    const get = await fetchRaw(port, '/anna.ics')
    expect(get.status).toBe(200)
    expect(get.headers['content-type']).toBe('text/calendar; charset=utf-8')
    expect(get.headers['content-length']).toBe(String(Buffer.byteLength(get.body)))
    expect(get.body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    const etag = get.headers.etag as string

    const head = await fetchRaw(port, '/anna.ics', 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
    expect(head.headers.etag).toBe(etag)
    expect(head.headers['content-length']).toBe(get.headers['content-length'])

    const again = await fetchRaw(port, '/anna.ics', 'GET', { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(again.body).toBe('')
    expect(again.headers.etag).toBe(etag)

    expect((await fetchRaw(port, '/nobody.ics')).status).toBe(404)
    expect((await fetchRaw(port, '/-x.ics')).status).toBe(400)
    const post = await fetchRaw(port, '/anna.ics', 'POST')
    expect(post.status).toBe(405)
    expect(post.headers.allow).toBe('GET, HEAD')
    // Fetch cannot even build a TRACE request; still a 405, not a 500.
    const trace = await fetchRaw(port, '/anna.ics', 'TRACE')
    expect(trace.status).toBe(405)
    expect(trace.headers.allow).toBe('GET, HEAD')
  })

  it('answers 400, not 405, for a request Fetch cannot represent otherwise', async () => {
    const port = await listen(makeFeed().handler)
    // Credentials in the URL make new Request() throw.
    const odd = await fetchRaw(port, 'http://u:p@localhost/anna.ics')
    expect(odd.status).toBe(400)
  })

  it('builds the Request from method, Host, path, query and headers', async () => {
    let seen: Request | undefined
    const port = await listen(async (request) => {
      seen = request
      return new Response('ok')
    })
    await fetchRaw(port, '/x/y.ics?token=a%20b', 'GET', {
      Host: 'feeds.example:8443',
      'X-Extra': 'one',
    })
    expect(seen!.method).toBe('GET')
    expect(seen!.url).toBe('http://feeds.example:8443/x/y.ics?token=a%20b')
    expect(seen!.headers.get('x-extra')).toBe('one')
  })

  it('writes status, every header (one line per cookie) and a streamed body', async () => {
    const chunks = ['å'.repeat(40_000), 'ø'.repeat(40_000), 'end']
    const port = await listen(async () => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          for (const c of chunks) controller.enqueue(new TextEncoder().encode(c))
          controller.close()
        },
      })
      const headers = new Headers({ 'Content-Type': 'text/plain; charset=utf-8' })
      headers.append('Set-Cookie', 'a=1')
      headers.append('Set-Cookie', 'b=2')
      return new Response(body, { status: 203, headers })
    })
    const answer = await fetchRaw(port, '/')
    expect(answer.status).toBe(203)
    expect(answer.headers['set-cookie']).toEqual(['a=1', 'b=2'])
    expect(answer.body).toBe(chunks.join(''))
  })

  it('answers a generic 500 when the handler throws', async () => {
    const port = await listen(async () => {
      throw new Error('secret detail')
    })
    const answer = await fetchRaw(port, '/anna.ics')
    expect(answer.status).toBe(500)
    expect(answer.body).toBe('Internal Server Error')
  })

  it('answers 400 when the Host header makes no URL', async () => {
    const port = await listen(async () => new Response('unreachable'))
    const answer = await fetchRaw(port, '/anna.ics', 'GET', { Host: 'bad host' })
    expect(answer.status).toBe(400)
  })

  // A handler that waits until the client has gone, then reports its request's signal.
  async function signalAfterClientLeaves(options: NodeListenerOptions): Promise<AbortSignal> {
    let seen: (signal: AbortSignal) => void = () => {}
    const signal = new Promise<AbortSignal>((resolve) => {
      seen = resolve
    })
    let left: () => void = () => {}
    const gone = new Promise<void>((resolve) => {
      left = resolve
    })
    const port = await listen(async (request) => {
      seen(request.signal)
      await gone
      return new Response('late')
    }, options)
    server!.on('connection', (socket) => socket.on('close', () => setImmediate(left)))
    const req = httpRequest({ host: '127.0.0.1', port, path: '/anna.ics' })
    req.on('error', () => {})
    req.end()
    const answer = await signal
    req.destroy()
    await gone
    return answer
  }

  it("gives the handler a Request whose signal never aborts unless asked (the feed's handler reads none)", async () => {
    const signal = await signalAfterClientLeaves({})
    expect(signal.aborted).toBe(false)
  })

  it("with signal: true, aborts the Request's signal when the client goes away before the response", async () => {
    const signal = await signalAfterClientLeaves({ signal: true })
    expect(signal.aborted).toBe(true)
  })

  it('refuses a signal option that is not true or false, with feed/options at /signal', () => {
    for (const signal of ['yes', 1, null]) {
      let error: unknown
      try {
        toNodeListener(async () => new Response('x'), { signal: signal as unknown as boolean })
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(SnackplanError)
      expect((error as SnackplanError).errors).toEqual([
        expect.objectContaining({
          code: 'feed/options',
          path: '/signal',
          message: expect.stringMatching(/signal must be true or false/),
        }),
      ])
    }
  })

  it('stops reading a body whose client went away before it was written', async () => {
    let cancelled = false
    let left: () => void = () => {}
    const gone = new Promise<void>((resolve) => {
      left = resolve
    })
    let asked: () => void = () => {}
    const seen = new Promise<void>((resolve) => {
      asked = resolve
    })
    const chunk = new Uint8Array(256 * 1024)
    const port = await listen(async () => {
      asked()
      await gone
      // An endless body: only a cancel ends it.
      return new Response(
        new ReadableStream({
          pull: (controller) => controller.enqueue(chunk),
          cancel: () => {
            cancelled = true
          },
        }),
      )
    })
    server!.on('connection', (socket) => socket.on('close', () => setImmediate(left)))
    const req = httpRequest({ host: '127.0.0.1', port, path: '/anna.ics' })
    req.on('error', () => {})
    req.end()
    await seen
    req.destroy()
    await gone
    // A hang detector, not a timing check: the cancel comes within a few ticks.
    for (let i = 0; i < 200 && !cancelled; i++) await new Promise((r) => setTimeout(r, 10))
    expect(cancelled).toBe(true)
  })
})
