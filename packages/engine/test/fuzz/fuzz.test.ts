import { describe, expect, it } from 'vitest'
import { describeReport, fuzz } from '../../../../fuzz/harness'

// Each call returns, or throws a SnackplanError, within its budget; a hang
// or a failure prints the seed to replay with (FC_SEED, FUZZ_RUNS).
describe('fuzz: engine entry points', () => {
  it.each(['checkProfileTarget', 'checkRuleSetTarget', 'planTarget', 'planProfileTarget'])(
    '%s survives hostile input',
    async (name) => {
      const report = await fuzz(new URL('./targets.ts', import.meta.url), name)
      if (process.env.FUZZ_RUNS) console.log(describeReport(name, report))
      expect(report.runs).toBeGreaterThan(0)
    },
  )
})
