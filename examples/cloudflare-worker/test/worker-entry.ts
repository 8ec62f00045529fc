// The deployed worker under test, plus one probe route that reports whether
// workerd blocks code generation here as it does in production.
import type { Env } from '../src/feed-worker'
import worker from '../src/worker'

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
