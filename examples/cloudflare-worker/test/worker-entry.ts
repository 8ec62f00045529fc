// The worker under test, plus one probe route that reports whether workerd
// blocks code generation here as it does in production.

import { planner } from '../../feed-server/test/planner'
import anna from '../../profiles/anna.json'
import lars from '../../profiles/lars.json'
import type { Env } from '../src/feed-worker'
// TEMPORARY: the planner double until createPlanner lands; then this becomes
// `import worker from '../src/worker'` and the two lines below go away.
import { createFeedWorker } from '../src/feed-worker'

const worker = createFeedWorker({ planner: planner(), bundled: { anna, lars } })

export default {
  fetch(request: Request, env: Env): Promise<Response> {
    if (new URL(request.url).pathname === '/__probe/codegen') {
      let verdict = 'allowed'
      try {
        new Function('return 1')()
      } catch (error) {
        verdict = `blocked: ${(error as Error).name}`
      }
      return Promise.resolve(new Response(verdict))
    }
    return worker.fetch(request, env)
  },
}
