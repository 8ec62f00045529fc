/// <reference lib="webworker" />
import { isSnackplanError } from '@snackplan/catalog'
import { defaultRules } from '@snackplan/engine'
import { testRuleSet } from '@snackplan/engine/testing'
import { BATCH_RUNS, type TestMessage, type TestRequest } from './protocol'

// Property-testing plans hundreds of weeks: it runs here, off the page's
// thread. testRuleSet has no progress callback, so the runs go in batches of
// BATCH_RUNS (each one a plain, replayable testRuleSet call, planned on top
// of the default program as `snackplan test-rules` does); cancelling
// terminates the worker.
const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (message: TestMessage) => scope.postMessage(message)

scope.onmessage = async (event: MessageEvent<TestRequest>) => {
  const { rules, runs, seed, onDefault } = event.data
  let done = 0
  let snacks = 0
  try {
    for (let batch = 0; done < runs; batch++) {
      const size = Math.min(BATCH_RUNS, runs - done)
      const report = await testRuleSet(rules, {
        runs: size,
        seed: seed + batch,
        base: onDefault ? [defaultRules] : [],
      })
      done += report.runs
      snacks += report.snacks
      if (!report.ok) {
        post({
          type: 'done',
          runs: done,
          snacks,
          failures: report.failures,
          replay: { seed: seed + batch, runs: size },
        })
        return
      }
      post({ type: 'progress', done, total: runs, snacks })
    }
    post({ type: 'done', runs: done, snacks, failures: [] })
  } catch (error) {
    const errors = isSnackplanError(error)
      ? [...error.errors]
      : [
          {
            code: 'test/error',
            path: '',
            message: error instanceof Error ? error.message : String(error),
          },
        ]
    post({ type: 'error', errors })
  }
}
