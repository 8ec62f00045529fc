import { createFeedHandler, type FeedHandlerOptions } from '../../src/feed'
import { catalog, fakePlanner, NOW, profiles } from './fixtures'

/** A feed handler over the fixtures, with a fixed clock and captured errors. */
export function makeFeed(overrides: Partial<FeedHandlerOptions> = {}) {
  const planner = fakePlanner()
  const errors: unknown[] = []
  const handler = createFeedHandler({
    planner,
    getProfile: async (id) => profiles[id],
    now: () => NOW,
    onError: (error) => errors.push(error),
    catalog,
    ...overrides,
  })
  return { handler, planner, errors }
}

/** Sends one request to a handler. */
export function send(
  handler: (request: Request) => Promise<Response>,
  path: string,
  init: RequestInit = {},
): Promise<Response> {
  return handler(new Request(`https://feeds.example${path}`, init))
}
