import { describe, expect, it } from 'vitest'
import { fuzz } from '../../../../fuzz/harness'

// Each call returns, or throws a SnackplanError, within its budget; a hang
// or a failure prints the seed to replay with (FC_SEED, FUZZ_RUNS).
describe('fuzz: engine entry points', () => {
  it.each(['checkProfileTarget', 'checkRuleSetTarget', 'planTarget', 'planProfileTarget'])(
    '%s survives hostile input',
    async (name) => {
      const report = await fuzz(new URL('./targets.ts', import.meta.url), name)
      expect(report.runs).toBeGreaterThan(0)
    },
  )
})
