import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { isSnackplanError } from '@snackplan/catalog'
import { describe, expect, it } from 'vitest'
import { type FeedStore, memoryFeedStore, toNodeListener } from '../../src/feed'
import { makeFeed, send } from './setup'

const never = <T>() => new Promise<T>(() => {})

/** A memory store that counts writes, with get or set replaced by a fault. */
function faultyStore(fault: Partial<FeedStore>) {
  const inner = memoryFeedStore()
  const writes: string[] = []
  const store: FeedStore = {
    get: fault.get ?? ((id) => inner.get(id)),
    set:
      fault.set ??
      (async (id, value) => {
        writes.push(id)
        await inner.set(id, value)
      }),
  }
  return { store, writes }
}

// Issue 9: the feed under faults. A hang is answered 503 within timeoutMs
// (a hang detector, generous); a throw is the documented 500; nothing is
// recorded for a request that failed.
describe('feed timeouts and faults', () => {
  it('answers 503 with Retry-After when the store hangs, and records nothing', async () => {
    const { store, writes } = faultyStore({ get: never })
    const { handler, errors } = makeFeed({ store, timeoutMs: 50 })
    const response = await send(handler, '/anna.ics')
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('60')
    expect(writes).toEqual([])
    expect(errors.map((e) => isSnackplanError(e) && e.code)).toEqual(['feed/timeout'])
  })

  it('gives up a hung request’s turn: the feed’s next request is answered', async () => {
    let first = true
    const inner = memoryFeedStore()
    // Only the first read hangs, as one stuck connection to a database would.
    const store: FeedStore = {
      get: (id) => {
        if (!first) return inner.get(id)
        first = false
        return never()
      },
      set: (id, value) => inner.set(id, value),
    }
    const { handler } = makeFeed({ store, timeoutMs: 50 })
    expect((await send(handler, '/anna.ics')).status).toBe(503)
    expect((await send(handler, '/anna.ics')).status).toBe(200)
    // One queued behind the hung one is answered within its own timeout
    // (200 or 503, as the two timers fall), and the feed's turns go on.
    first = true
    const [hung, queued] = await Promise.all([
      send(handler, '/anna.ics'),
      send(handler, '/anna.ics'),
    ])
    expect(hung.status).toBe(503)
    expect([200, 503]).toContain(queued.status)
    expect((await send(handler, '/anna.ics')).status).toBe(200)
  })

  it('keeps no feed waiting behind a request still being authorised', async () => {
    let refuse = () => {}
    let calls = 0
    const { handler } = makeFeed({
      store: memoryFeedStore(),
      timeoutMs: 2000,
      authorize: () =>
        calls++ > 0 ||
        new Promise<boolean>((resolve) => {
          refuse = () => resolve(false)
        }),
    })
    const refused = send(handler, '/anna.ics')
    expect((await send(handler, '/anna.ics')).status).toBe(200)
    refuse()
    expect((await refused).status).toBe(404)
  })

  it('answers 503 when getProfile hangs, and the late profile records nothing', async () => {
    let release: (value: never) => void = () => {}
    const { store, writes } = faultyStore({})
    const { handler } = makeFeed({
      store,
      timeoutMs: 50,
      getProfile: () =>
        new Promise((resolve) => {
          release = resolve
        }),
    })
    expect((await send(handler, '/anna.ics')).status).toBe(503)
    const { anna } = await import('./fixtures')
    release(anna as never)
    await new Promise((r) => setTimeout(r, 50))
    expect(writes).toEqual([])
  })

  it('answers 500 when getProfile throws, and records nothing', async () => {
    const faulty = faultyStore({})
    const { handler, errors } = makeFeed({
      store: faulty.store,
      getProfile: () => Promise.reject(new Error('db down')),
    })
    expect((await send(handler, '/anna.ics')).status).toBe(500)
    expect(faulty.writes).toEqual([])
    expect(errors).toHaveLength(1)
  })

  it('serves as if nothing were remembered when the store fails or holds garbage, and says so', async () => {
    const { handler: plain } = makeFeed()
    const stateless = await (await send(plain, '/anna.ics')).text()
    // What a fresh record gives: SEQUENCE 0 and the request's own DTSTAMP.
    const fresh = makeFeed({ store: memoryFeedStore() })
    const expected = await (await send(fresh.handler, '/anna.ics')).text()
    expect(expected).not.toBe(stateless)
    const garbage: unknown[] = [
      'nonsense',
      { length: 2 },
      [{ uid: 1 }],
      [{ uid: 'u', start: 's', end: 'e', summary: '', description: '', sequence: -1 }],
      [1n],
    ]
    const faults: Partial<FeedStore>[] = [
      { get: () => Promise.reject(new Error('down')) },
      {
        get: () => {
          throw new Error('down')
        },
      },
      ...garbage.map((record) => ({ get: () => record as never })),
    ]
    for (const fault of faults) {
      const faulty = faultyStore(fault)
      const { handler, errors } = makeFeed({ store: faulty.store })
      const response = await send(handler, '/anna.ics')
      expect(response.status).toBe(200)
      expect(await response.text()).toBe(expected)
      // The fresh record replaces what could not be read.
      expect(faulty.writes).toEqual(['anna'])
      expect(errors).toHaveLength(1)
      expect(isSnackplanError(errors[0])).toBe(true)
    }
  })

  it('still answers when the store cannot record, and reports it', async () => {
    const faulty = faultyStore({ set: () => Promise.reject(new Error('full')) })
    const { handler, errors } = makeFeed({ store: faulty.store })
    expect((await send(handler, '/anna.ics')).status).toBe(200)
    expect(errors.map((e) => isSnackplanError(e) && e.code)).toEqual(['feed/store'])
  })

  it('refuses a timeout that is not a whole number of milliseconds', () => {
    for (const timeoutMs of [0, -1, 1.5, Number.NaN, 600_001]) {
      expect(() => makeFeed({ timeoutMs })).toThrow(/timeoutMs/)
    }
  })
})

describe('toNodeListener timeout', () => {
  it('refuses a timeout a timer cannot keep, with the same message as the handler', () => {
    // setTimeout fires at once for anything above 2^31 - 1 ms: such a value
    // would cut every response off instead of never.
    for (const timeoutMs of [0, 1.5, Number.NaN, 600_001, 2 ** 31]) {
      expect(() => toNodeListener(async () => new Response('x'), { timeoutMs })).toThrow(
        /timeoutMs must be a whole number of milliseconds from 1 to 600000/,
      )
    }
    expect(() =>
      toNodeListener(async () => new Response('x'), { timeoutMs: 600_000 }),
    ).not.toThrow()
  })

  it('closes the connection of a client that stops reading', async () => {
    // A body far larger than the socket buffers, so writing waits for a reader.
    const big = new Uint8Array(64 * 1024 * 1024)
    const server = createServer(toNodeListener(async () => new Response(big), { timeoutMs: 200 }))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const socket = connect(port, '127.0.0.1')
    socket.write('GET /anna.ics HTTP/1.1\r\nHost: x\r\n\r\n')
    socket.pause()
    // Reads again well after the timeout: the server has cut the body off by then.
    const received = await new Promise<number>((resolve) => {
      let bytes = 0
      setTimeout(() => socket.resume(), 1000)
      socket.on('data', (chunk: Buffer) => {
        bytes += chunk.length
      })
      socket.on('close', () => resolve(bytes))
      socket.on('error', () => {})
    })
    await new Promise<void>((resolve) => server.close(() => resolve()))
    expect(received).toBeGreaterThan(0)
    expect(received).toBeLessThan(big.length)
  })
})
