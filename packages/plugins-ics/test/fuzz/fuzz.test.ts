import { describe, expect, it } from 'vitest'
import { describeReport, fuzz } from '../../../../fuzz/harness'

// Each call returns (the feed: a documented status), or throws a
// SnackplanError, within its budget; a failure prints the seed to replay with.
describe('fuzz: ICS text and the feed', () => {
  it.each(['toICSTarget', 'feedHandlerTarget'])('%s survives hostile input', async (name) => {
    const report = await fuzz(new URL('./targets.ts', import.meta.url), name)
    if (process.env.FUZZ_RUNS) console.log(describeReport(name, report))
    expect(report.runs).toBeGreaterThan(0)
  })
})
