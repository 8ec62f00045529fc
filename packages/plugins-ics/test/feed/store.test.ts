import { readFileSync } from 'node:fs'
import { createPlanner, type Profile } from '@snackplan/engine'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { createFeedHandler, memoryFeedStore } from '../../src/feed'
import { send } from './setup'

const anna: Profile = JSON.parse(
  readFileSync(new URL('../../../../examples/profiles/anna.json', import.meta.url), 'utf8'),
)
const planner = createPlanner()

function vevents(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => ({
    uid: String(v.getFirstPropertyValue('uid')),
    sequence: Number(v.getFirstPropertyValue('sequence')),
    stamp: String(v.getFirstPropertyValue('dtstamp')),
    start: String(v.getFirstPropertyValue('dtstart')),
  }))
}

describe('a feed with a store', () => {
  it('raises SEQUENCE only for changed snacks and keeps DTSTAMP of unchanged ones', async () => {
    let profile = anna
    let clock = new Date('2026-11-23T05:00:00Z')
    const handler = createFeedHandler({
      planner,
      getProfile: () => profile,
      now: () => clock,
      store: memoryFeedStore(),
      window: { pastDays: 0, futureDays: 6 },
    })
    const first = await send(handler, '/anna.ics')
    const before = vevents(await first.text())
    expect(before.every((e) => e.sequence === 0 && e.stamp === '2026-11-23T05:00:00Z')).toBe(true)

    // Unchanged an hour later: the same bytes, so the same ETag and a 304.
    clock = new Date('2026-11-23T06:00:00Z')
    const again = await send(handler, '/anna.ics', {
      headers: { 'If-None-Match': first.headers.get('etag')! },
    })
    expect(again.status).toBe(304)

    // A new meeting on Thursday moves a snack: only that one changes.
    clock = new Date('2026-11-23T07:00:00Z')
    profile = {
      ...anna,
      busy: [...(anna.busy ?? []), { start: '2026-11-26T09:00', end: '2026-11-26T10:30' }],
    }
    const changed = await send(handler, '/anna.ics')
    expect(changed.headers.get('etag')).not.toBe(first.headers.get('etag'))
    const after = vevents(await changed.text())
    const old = new Map(before.map((e) => [e.uid, e]))
    const moved = after.filter((e) => old.has(e.uid) && old.get(e.uid)!.start !== e.start)
    expect(moved.length).toBeGreaterThan(0)
    for (const e of after) {
      const was = old.get(e.uid)
      if (!was) continue
      if (was.start !== e.start)
        expect(e).toMatchObject({ sequence: 1, stamp: '2026-11-23T07:00:00Z' })
      else if (e.sequence === 0) expect(e.stamp).toBe('2026-11-23T05:00:00Z')
    }
    expect(after.filter((e) => e.stamp === '2026-11-23T05:00:00Z').length).toBeGreaterThan(5)
    expect(changed.headers.get('last-modified')).toBe('Mon, 23 Nov 2026 07:00:00 GMT')
  })

  it('refuses a memory store that could not hold anything', () => {
    expect(() => memoryFeedStore(0)).toThrow(/maxProfiles/)
    expect(() => memoryFeedStore(Number.NaN)).toThrow(/maxProfiles/)
  })

  it('without a store the feed stays stateless: SEQUENCE 0, DTSTAMP from the plan', async () => {
    const handler = createFeedHandler({
      planner,
      getProfile: () => anna,
      now: () => new Date('2026-11-23T05:00:00Z'),
    })
    const events = vevents(await (await send(handler, '/anna.ics')).text())
    expect(new Set(events.map((e) => `${e.sequence} ${e.stamp}`))).toEqual(
      new Set(['0 2026-11-16T00:00:00Z']),
    )
  })
})
