import { defaultCatalog } from '@snackplan/catalog'
import type { ExerciseLookup } from '@snackplan/plugins-calendar'
import { toCalendarEvents } from '@snackplan/plugins-calendar'
import { describe, expect, it } from 'vitest'
import type { FeedEventsFunction, FeedSerializeFunction } from '../../src/feed'
import { toICS } from '../../src/ics'
import { catalog, fakePlanner } from './fixtures'
import { makeFeed, send } from './setup'

function recording() {
  const events: Parameters<FeedEventsFunction>[1][] = []
  const ics: Parameters<FeedSerializeFunction>[1][] = []
  const toEvents: FeedEventsFunction = (plan, options) => {
    events.push(options)
    return toCalendarEvents(plan, options)
  }
  const serialize: FeedSerializeFunction = (list, options) => {
    ics.push(options)
    return toICS(list, options)
  }
  return { events, ics, toEvents, serialize }
}

describe('calendar options', () => {
  it("defaults the locale to the profile's and leaves name, alarms and times to the defaults", async () => {
    const seen = recording()
    const { handler } = makeFeed({ toEvents: seen.toEvents, serialize: seen.serialize })
    const sv = await (await send(handler, '/anna.ics')).text()
    await send(handler, '/lee.ics')
    expect(seen.events).toEqual([
      { locale: 'sv', catalog },
      { locale: 'en', catalog },
    ])
    expect(seen.ics).toEqual([{}, {}])
    expect(sv).toContain('SUMMARY:Knäböj mot stol')
    expect(sv).toContain('DTSTART;TZID=Europe/Stockholm:')
    expect(sv).not.toContain('BEGIN:VALARM')
  })

  it('passes locale, alarms, times, a per-profile name and further options through', async () => {
    const seen = recording()
    const { handler } = makeFeed({
      toEvents: seen.toEvents,
      serialize: seen.serialize,
      locale: 'da',
      alarms: [{ minutesBefore: 5 }],
      times: 'utc',
      name: (profile) => `Snacks for ${profile.id}`,
      events: { minDurationMin: 10 },
      ics: { refreshHours: 6 },
    })
    const body = await (await send(handler, '/anna.ics')).text()
    expect(seen.events).toEqual([
      { locale: 'da', catalog, alarms: [{ minutesBefore: 5 }], minDurationMin: 10 },
    ])
    expect(seen.ics).toEqual([{ name: 'Snacks for anna', times: 'utc', refreshHours: 6 }])
    expect(body).toContain('X-WR-CALNAME:Snacks for anna')
    expect(body).toContain('SUMMARY:Squat mod stol')
    expect(body).toContain('BEGIN:VALARM')
    expect(body).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT6H')
    expect(body).not.toContain('TZID=')
  })

  it('uses the real toCalendarEvents and toICS by default', async () => {
    const { handler } = makeFeed()
    const body = await (await send(handler, '/anna.ics')).text()
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(body).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm')
  })

  it('looks exercises up in the built-in catalog unless given one', async () => {
    const seen = recording()
    const { handler } = makeFeed({
      catalog: undefined,
      toEvents: seen.toEvents,
      serialize: seen.serialize,
    })
    const body = await (await send(handler, '/lee.ics')).text()
    expect(seen.events[0]!.catalog).toBe(defaultCatalog)
    expect(body).toContain(`SUMMARY:${defaultCatalog.get('chair-squat')!.name.en}`)
  })

  it("looks exercises up in the planner's catalog when it has one (issue 11)", async () => {
    const seen = recording()
    const own: ExerciseLookup = {
      get: (id) => {
        const entry = catalog.get(id)
        return entry && { ...entry, name: { ...entry.name, en: `House ${entry.name.en}` } }
      },
    }
    const { handler } = makeFeed({
      planner: { ...fakePlanner(), catalog: own },
      catalog: undefined,
      toEvents: seen.toEvents,
      serialize: seen.serialize,
    })
    const body = await (await send(handler, '/lee.ics')).text()
    expect(seen.events[0]!.catalog).toBe(own)
    expect(body).toContain(`SUMMARY:House ${catalog.get('chair-squat')!.name.en}`)
  })

  it('uses a custom Cache-Control', async () => {
    const { handler } = makeFeed({ cacheControl: 'public, max-age=600, stale-while-revalidate=60' })
    const response = await send(handler, '/anna.ics')
    expect(response.headers.get('cache-control')).toBe(
      'public, max-age=600, stale-while-revalidate=60',
    )
  })
})
