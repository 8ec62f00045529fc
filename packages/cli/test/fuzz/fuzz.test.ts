import { describe, expect, it } from 'vitest'
import { describeReport, fuzz } from '../../../../fuzz/harness'

// Each command returns an exit code of the contract (0, 1, 2) without a
// stack trace, and serve answers documented statuses, within the budget;
// a failure prints the seed to replay with (FC_SEED, FUZZ_RUNS).
describe('fuzz: the CLI commands', () => {
  it.each([
    ['cliPlanTarget', undefined],
    ['cliCheckTarget', undefined],
    ['cliTestRulesTarget', 8],
    ['cliServeTarget', undefined],
  ] as const)('%s survives hostile files and flags', async (name, runs) => {
    const long = process.env.FUZZ_RUNS !== undefined
    const report = await fuzz(
      new URL('./targets.ts', import.meta.url),
      name,
      runs !== undefined && !long ? { runs } : {},
    )
    if (long) console.log(describeReport(name, report))
    expect(report.runs).toBeGreaterThan(0)
  })
})
