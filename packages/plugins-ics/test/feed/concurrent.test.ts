import { createPlanner, type Profile } from '@snackplan/engine'
import { arbitraryProfile } from '@snackplan/engine/testing'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createFeedHandler, memoryFeedStore } from '../../src/feed'
import { send } from './setup'

const NOW = new Date('2026-11-30T12:00:00Z')
const profiles: Profile[] = fc
  .sample(arbitraryProfile(), { seed: 20261201, numRuns: 12 })
  .map((p, i) => ({ ...p, id: `p${i}` }))
const byId = new Map(profiles.map((p) => [p.id, p]))

function feed(store: boolean) {
  return createFeedHandler({
    planner: createPlanner(),
    getProfile: (id) => byId.get(id),
    now: () => NOW,
    ...(store ? { store: memoryFeedStore() } : {}),
  })
}

async function answer(handler: ReturnType<typeof feed>, id: string): Promise<string> {
  const response = await send(handler, `/${id}.ics`)
  return `${response.status} ${response.headers.get('etag')}\n${await response.text()}`
}

// A server answers many requests at once on one planner and one store; each
// feed must be the one a server answering them one at a time sends.
describe('a feed asked for many profiles at once', () => {
  for (const store of [false, true]) {
    it(`sends the bytes it sends one request at a time (${store ? 'with' : 'without'} a store)`, async () => {
      const alone = feed(store)
      const want: string[] = []
      for (const p of profiles) want.push(await answer(alone, p.id))
      const busy = feed(store)
      // Every profile twice at once, then each again once the burst is over.
      const got = await Promise.all(
        profiles.flatMap((p) => [answer(busy, p.id), answer(busy, p.id)]),
      )
      expect(got).toEqual(profiles.flatMap((_, i) => [want[i], want[i]]))
      for (const [i, p] of profiles.entries()) expect(await answer(busy, p.id)).toBe(want[i])
    })
  }
})

// The SEQUENCE of each event served for one feed: what a calendar client
// compares to tell a newer version of an event from one it has.
function sequences(text: string): Map<string, { sequence: number; start: string }> {
  const out = new Map<string, { sequence: number; start: string }>()
  for (const block of text.split('BEGIN:VEVENT').slice(1)) {
    const field = (name: string) => new RegExp(`\r\n${name}[:;]([^\r]*)`).exec(block)?.[1] ?? ''
    out.set(field('UID'), { sequence: Number(field('SEQUENCE') || 0), start: field('DTSTART') })
  }
  return out
}

describe('requests for one feed with a store', () => {
  it('take turns, so a slow one never records an older answer over a newer one', async () => {
    const base = profiles[0]!
    let current: Profile = base
    const planner = createPlanner()
    let hold: Promise<void> | undefined
    let entered = () => {}
    const handler = createFeedHandler({
      // Holds the next plan until released, as a busy or slow planner would.
      planner: {
        plan: async (request) => {
          const held = hold
          hold = undefined
          if (held) {
            entered()
            await held
          }
          return planner.plan(request)
        },
        fingerprint: (request) => planner.fingerprint(request),
        catalog: planner.catalog,
      },
      getProfile: () => current,
      now: () => NOW,
      store: memoryFeedStore(),
    })
    // Each edit moves every snack: the events change, so their SEQUENCE must grow.
    const edited = (minutes: number): Profile => ({
      ...base,
      wake: `0${6 + Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`,
    })
    const served = [await answer(handler, base.id)]
    current = edited(5)
    let release = () => {}
    hold = new Promise((resolve) => {
      release = resolve
    })
    const planning = new Promise<void>((resolve) => {
      entered = resolve
    })
    // The slow request has read the record and its profile before the edit.
    const slow = answer(handler, base.id)
    await planning
    current = edited(10)
    const fast = answer(handler, base.id)
    // Without turns the fast request answers and records first: give it
    // ample time to, then let the slow one go on.
    await Promise.race([fast, new Promise((resolve) => setTimeout(resolve, 200))])
    release()
    served.push(...(await Promise.all([slow, fast])))
    current = edited(15)
    served.push(await answer(handler, base.id))
    // One SEQUENCE of an event is one version of it, and a later answer
    // never goes back to a lower one.
    const versions = new Map<string, string>()
    const highest = new Map<string, number>()
    for (const text of served) {
      for (const [uid, { sequence, start }] of sequences(text)) {
        const key = `${uid} ${sequence}`
        expect(versions.get(key) ?? start, key).toBe(start)
        versions.set(key, start)
        highest.set(uid, Math.max(highest.get(uid) ?? 0, sequence))
      }
    }
    for (const [uid, { sequence }] of sequences(served.at(-1)!)) {
      expect(sequence, uid).toBe(highest.get(uid))
    }
  })
})
