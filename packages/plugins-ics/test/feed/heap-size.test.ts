import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { createPlanner, type Profile } from '@snackplan/engine'
import { arbitraryProfile } from '@snackplan/engine/testing'
import { type PreviousEvent, toCalendarEvents } from '@snackplan/plugins-calendar'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { memoryFeedStore } from '../../src/feed'
import { stringBytes } from '../../src/feed/heap-size'
import { toPrevious } from '../../src/feed/store'
import { anna } from './fixtures'

// A full collection on demand, so heapUsed is what is still reachable.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

function heapAfterGc(): number {
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

// What a feed with a store records for each profile on the default window.
async function servedRecords(): Promise<string[]> {
  const planner = createPlanner()
  const profiles: Profile[] = [
    anna,
    ...fc
      .sample(arbitraryProfile(), { seed: 20261122, numRuns: 24 })
      .map((p, i) => ({ ...p, id: `p${i}` })),
  ]
  const records: string[] = []
  for (const profile of profiles) {
    const plan = await planner.plan({ profile, from: '2026-11-16', days: 36, seed: 1 })
    const events = toCalendarEvents(plan, {
      locale: profile.locale,
      previous: [],
      stamp: '2026-11-23T10:00:00Z',
    })
    records.push(JSON.stringify(toPrevious(events)))
  }
  return records
}

describe('memory bounds count what V8 spends', () => {
  it('a string costs its header plus one byte a character for Latin-1, two otherwise', () => {
    expect(stringBytes('')).toBe(16)
    expect(stringBytes('Knäböj')).toBe(24)
    expect(stringBytes('a'.repeat(9))).toBe(32)
    expect(stringBytes('Squat – 45 s')).toBe(40)
  })

  it("memoryFeedStore's bytes are the heap its records really take, within 15%", async () => {
    const records = await servedRecords()
    // Records made by optimised code, as in a server that has run a while:
    // that is where a shape that V8 cannot share used to cost far more.
    for (let i = 0; i < 40; i++) for (const r of records) toPrevious(JSON.parse(r))
    const store = memoryFeedStore({ maxProfiles: 1000, maxBytes: 2 ** 30 })
    const before = heapAfterGc()
    records.forEach((r, i) => {
      store.set(`p${i}`, toPrevious(JSON.parse(r) as PreviousEvent[]))
    })
    const measured = heapAfterGc() - before
    expect(store.stats.profiles).toBe(records.length)
    const ratio = measured / store.stats.bytes
    expect(ratio, `measured ${measured} B, counted ${store.stats.bytes} B`).toBeGreaterThan(0.85)
    expect(ratio, `measured ${measured} B, counted ${store.stats.bytes} B`).toBeLessThan(1.15)
  })
})
