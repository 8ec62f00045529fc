import { describe, expect, it } from 'vitest'
import type { FeedEventOptions, FeedIcsOptions } from '../../src/feed'
import { eventsDouble, icsDouble } from './doubles'
import { makeFeed, send } from './setup'

describe('calendar options', () => {
  function recording() {
    const events: FeedEventOptions[] = []
    const ics: FeedIcsOptions[] = []
    return {
      events,
      ics,
      toEvents: (...args: Parameters<typeof eventsDouble>) => {
        events.push(args[1])
        return eventsDouble(...args)
      },
      serialize: (...args: Parameters<typeof icsDouble>) => {
        ics.push(args[1])
        return icsDouble(...args)
      },
    }
  }

  it("defaults the locale to the profile's and leaves name and alarms to the defaults", async () => {
    const seen = recording()
    const { handler } = makeFeed({ toEvents: seen.toEvents, serialize: seen.serialize })
    await send(handler, '/anna.ics')
    await send(handler, '/lee.ics')
    expect(seen.events).toEqual([{ locale: 'sv' }, { locale: 'en' }])
    expect(seen.ics).toEqual([{}, {}])
  })

  it('passes locale, alarms and a per-profile name through', async () => {
    const seen = recording()
    const { handler } = makeFeed({
      toEvents: seen.toEvents,
      serialize: seen.serialize,
      locale: 'da',
      alarms: [5, 0],
      name: (profile) => `Snacks for ${profile.id}`,
    })
    const body = await (await send(handler, '/anna.ics')).text()
    expect(seen.events).toEqual([{ locale: 'da', alarms: [5, 0] }])
    expect(seen.ics).toEqual([{ name: 'Snacks for anna' }])
    expect(body).toContain('X-WR-CALNAME:Snacks for anna')
  })

  it('uses a custom Cache-Control', async () => {
    const { handler } = makeFeed({ cacheControl: 'public, max-age=600, stale-while-revalidate=60' })
    const response = await send(handler, '/anna.ics')
    expect(response.headers.get('cache-control')).toBe(
      'public, max-age=600, stale-while-revalidate=60',
    )
  })
})
