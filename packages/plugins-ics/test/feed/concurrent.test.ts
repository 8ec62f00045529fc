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
