import type { TestMessage, TestRequest } from '../worker/protocol'

/** A running test: cancel it, or wait for its end. */
export interface TestRun {
  /** Stops the worker at once; no further messages arrive. */
  cancel(): void
}

/**
 * Starts `testRuleSet` in a Web Worker; `onMessage` gets the
 * progress and the end. A worker per run, so cancel is a plain terminate.
 */
export function startTestRun(request: TestRequest, onMessage: (m: TestMessage) => void): TestRun {
  const worker = new Worker(new URL('../worker/test-rules.worker.ts', import.meta.url), {
    type: 'module',
  })
  worker.onmessage = (event: MessageEvent<TestMessage>) => {
    if (event.data.type !== 'progress') worker.terminate()
    onMessage(event.data)
  }
  worker.onerror = (event) => {
    worker.terminate()
    onMessage({
      type: 'error',
      errors: [{ code: 'test/worker', path: '', message: event.message }],
    })
  }
  worker.postMessage(request)
  return { cancel: () => worker.terminate() }
}
