import { isSnackplanError } from '@snackplan/catalog'
import ical, { type VEvent } from 'node-ical'
import { describe, expect, it } from 'vitest'
import { createFeedHandler } from '../../src/feed'
import { fnv1a64 } from '../../src/feed/hash'
import { fakePlanner } from './fixtures'
import { makeFeed, send } from './setup'

describe('createFeedHandler: GET', () => {
  it('answers 200 text/calendar with validators, caching and a file name', async () => {
    const { handler, planner } = makeFeed()
    const response = await send(handler, '/anna.ics')
    const body = await response.text()

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(response.headers.get('etag')).toBe(`"${fnv1a64(body)}"`)
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600')
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename="anna.ics"; filename*=UTF-8''anna.ics`,
    )
    expect(response.headers.get('content-length')).toBe(
      String(new TextEncoder().encode(body).byteLength),
    )
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    // Every snack of the planned window is in the feed, at its planned instant.
    const snacks = (await planner.plan(planner.requests[0]!)).days.flatMap((d) => d.snacks)
    const parsed = Object.values(ical.sync.parseICS(body)).filter((c) => c?.type === 'VEVENT')
    expect(parsed.map((e) => (e as VEvent).start.toISOString()).sort()).toEqual(
      snacks.map((s) => new Date(s.start).toISOString()).sort(),
    )
    expect(snacks.length).toBeGreaterThan(50)
  })

  it('derives Last-Modified from the newest DTSTAMP, not the clock', async () => {
    const morning = makeFeed({ now: () => new Date('2026-11-30T06:00:00Z') })
    const evening = makeFeed({ now: () => new Date('2026-11-30T20:00:00Z') })
    const a = await send(morning.handler, '/anna.ics')
    const b = await send(evening.handler, '/anna.ics')
    // Window 2026-11-23 .. 2026-12-28; toCalendarEvents stamps with midnight UTC of plan.from.
    expect(a.headers.get('last-modified')).toBe('Mon, 23 Nov 2026 00:00:00 GMT')
    expect(b.headers.get('last-modified')).toBe(a.headers.get('last-modified'))
    expect(b.headers.get('etag')).toBe(a.headers.get('etag'))
    expect(await b.text()).toBe(await a.text())
  })

  it('omits Last-Modified when the feed has no events', async () => {
    const { handler } = makeFeed({ toEvents: () => [] })
    const response = await send(handler, '/anna.ics')
    expect(response.status).toBe(200)
    expect(response.headers.get('last-modified')).toBeNull()
  })

  it('serves under a base path only', async () => {
    const { handler } = makeFeed({ basePath: '/feeds/' })
    expect((await send(handler, '/feeds/anna.ics')).status).toBe(200)
    expect((await send(handler, '/anna.ics')).status).toBe(404)
    expect((await send(handler, '/feedsanna.ics')).status).toBe(404)
  })
})

describe('createFeedHandler: HEAD', () => {
  it('has the same headers as GET and no body', async () => {
    const { handler } = makeFeed()
    const get = await send(handler, '/anna.ics')
    const head = await send(handler, '/anna.ics', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(Object.fromEntries(head.headers)).toEqual(Object.fromEntries(get.headers))
    expect(head.body).toBeNull()
  })
})

describe('createFeedHandler: If-None-Match', () => {
  async function etagOf(handler: (r: Request) => Promise<Response>): Promise<string> {
    return (await send(handler, '/anna.ics')).headers.get('etag')!
  }

  it.each([
    ['the same tag', (tag: string) => tag],
    ['the weak form of the tag', (tag: string) => `W/${tag}`],
    ['a list holding the tag', (tag: string) => `"other", ${tag} ,W/"x"`],
    ['*', () => '*'],
  ])('answers 304 with the ETag and no body for %s', async (_, header) => {
    const { handler } = makeFeed()
    const etag = await etagOf(handler)
    for (const method of ['GET', 'HEAD']) {
      const response = await send(handler, '/anna.ics', {
        method,
        headers: { 'If-None-Match': header(etag) },
      })
      expect(response.status).toBe(304)
      expect(response.headers.get('etag')).toBe(etag)
      expect(response.headers.get('cache-control')).toBe('public, max-age=3600')
      expect(response.body).toBeNull()
    }
  })

  it.each([
    ['another tag', () => '"0000000000000000"'],
    ['an unquoted tag', (tag: string) => tag.slice(1, -1)],
    ['an empty header', () => ''],
  ])('answers 200 for %s', async (_, header) => {
    const { handler } = makeFeed()
    const etag = await etagOf(handler)
    const response = await send(handler, '/anna.ics', {
      headers: { 'If-None-Match': header(etag) },
    })
    expect(response.status).toBe(200)
    expect((await response.text()).startsWith('BEGIN:VCALENDAR')).toBe(true)
  })
})

describe('createFeedHandler: errors', () => {
  it('answers 404 for an unknown id and for paths it does not serve', async () => {
    const { handler, planner } = makeFeed()
    for (const path of ['/nobody.ics', '/anna', '/anna.ICS', '/a/anna.ics', '/', '/anna.ics/']) {
      const response = await send(handler, path)
      expect(response.status, path).toBe(404)
      expect(await response.text()).toBe('Not Found')
    }
    expect(planner.requests).toHaveLength(0)
  })

  it('answers 400 for malformed ids without looking them up', async () => {
    const looked: string[] = []
    const { handler } = makeFeed({
      getProfile: (id) => {
        looked.push(id)
        return undefined
      },
    })
    const bad = ['/.ics', '/-anna.ics', '/_a.ics', '/an%20na.ics', '/an..na.ics', '/%2e%2e.ics']
    bad.push(`/${'a'.repeat(65)}.ics`)
    for (const path of bad) {
      expect((await send(handler, path)).status, path).toBe(400)
    }
    expect((await send(handler, `/${'a'.repeat(64)}.ics`)).status).toBe(404)
    expect(looked).toEqual(['a'.repeat(64)])
  })

  it('answers 405 with Allow for other methods', async () => {
    const { handler } = makeFeed()
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const response = await send(handler, '/anna.ics', { method })
      expect(response.status, method).toBe(405)
      expect(response.headers.get('allow')).toBe('GET, HEAD')
    }
  })

  it('answers 500 with a generic body and reports the error', async () => {
    const secret = new Error('database password is hunter2')
    const { handler, errors } = makeFeed({
      planner: {
        plan: () => Promise.reject(secret),
      },
    })
    const response = await send(handler, '/anna.ics')
    expect(response.status).toBe(500)
    expect(await response.text()).toBe('Internal Server Error')
    expect(errors).toEqual([secret])
  })

  it('answers 500 for an invalid stored profile and reports it with its paths', async () => {
    const { handler, errors } = makeFeed({
      getProfile: async () => ({ id: 'anna', timeZone: 'Mars/Olympus' }) as never,
    })
    const response = await send(handler, '/anna.ics')
    expect(response.status).toBe(500)
    expect(await response.text()).toBe('Internal Server Error')
    expect(isSnackplanError(errors[0])).toBe(true)
    expect((errors[0] as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain(
      '/timeZone',
    )
  })

  it('still answers 500 when the error reporter throws', async () => {
    const { handler } = makeFeed({
      getProfile: () => {
        throw new Error('lookup failed')
      },
      onError: () => {
        throw new Error('logger failed')
      },
    })
    expect((await send(handler, '/anna.ics')).status).toBe(500)
  })

  it('rejects a bad window when the handler is made', () => {
    const make = (window: { pastDays?: number; futureDays?: number }) => () =>
      createFeedHandler({ planner: fakePlanner(), getProfile: () => undefined, window })
    expect(make({ pastDays: -1 })).toThrow(
      expect.objectContaining({ code: 'feed/window', path: '/window/pastDays' }),
    )
    expect(make({ futureDays: 1.5 })).toThrow(
      expect.objectContaining({ path: '/window/futureDays' }),
    )
    expect(make({ pastDays: 200, futureDays: 166 })).toThrow(
      expect.objectContaining({ path: '/window' }),
    )
    expect(make({ pastDays: 200, futureDays: 165 })).not.toThrow()
  })
})

describe('createFeedHandler: authorize', () => {
  it('hides feeds it refuses as 404 and passes its own responses through', async () => {
    const { handler } = makeFeed({
      authorize: (request) => {
        const token = new URL(request.url).searchParams.get('token')
        if (token === null) return new Response('token required', { status: 401 })
        return token === 's3cret'
      },
    })
    expect((await send(handler, '/anna.ics?token=wrong')).status).toBe(404)
    expect((await send(handler, '/anna.ics')).status).toBe(401)
    const ok = await send(handler, '/anna.ics?token=s3cret')
    expect(ok.status).toBe(200)
    expect(ok.headers.get('cache-control')).toBe('private, max-age=3600')
  })
})
