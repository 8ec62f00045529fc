/// <reference lib="webworker" />
import { isSnackplanError } from '@snackplan/catalog'
import { defaultRules } from '@snackplan/engine'
import { testRuleSet } from '@snackplan/engine/testing'
import type { TestMessage, TestRequest } from './protocol'

// Property-testing plans hundreds of weeks: it runs here, off the page's
// thread, as one testRuleSet call (so a failure replays with the same seed
// and runs in `snackplan test-rules`), planned on top of the default program
// as the CLI does; cancelling terminates the worker.
const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (message: TestMessage) => scope.postMessage(message)

scope.onmessage = async (event: MessageEvent<TestRequest>) => {
  const { rules, runs, seed, onDefault } = event.data
  try {
    const report = await testRuleSet(rules, {
      runs,
      seed,
      base: onDefault ? [defaultRules] : [],
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    })
    post({
      type: 'done',
      runs: report.runs,
      snacks: report.snacks,
      nothingChecked: report.nothingChecked,
      failures: report.failures,
    })
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
