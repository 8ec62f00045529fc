import { createPlanner } from '@snackplan/engine'
import { describe, expect, it } from 'vitest'
import { createFeedWorker } from '../src/feed-worker'

describe('createFeedWorker', () => {
  it("does the planner's one-time work at start-up, not in the first request", async () => {
    const planner = createPlanner()
    const calls: string[] = []
    const worker = createFeedWorker({
      planner: {
        catalog: planner.catalog,
        fingerprint: (request) => planner.fingerprint(request),
        plan: (request) => planner.plan(request),
        prepare: () => calls.push('prepare'),
      },
      bundled: {},
    })
    // In Workers the module's global scope: before any request.
    expect(calls).toEqual(['prepare'])
    const missing = await worker.fetch(new Request('https://feeds.example/nobody.ics'), {})
    expect(missing.status).toBe(404)
    // The handler made for the first request's bindings prepares again, which costs nothing.
    expect(calls).toEqual(['prepare', 'prepare'])
  })
})
