// One vitest test per fuzz target of a module: each target runs in a child
// process (see harness.ts), and a hang or a failure prints the seed to replay
// with (FC_SEED, FUZZ_RUNS). Under `pnpm fuzz` (FUZZ_RUNS set) each test
// prints its report.
import { expect, it } from 'vitest'
import { describeReport, fuzz } from './harness'

/** A target by its export name, or with the runs it gets in the short run. */
export type SuiteTarget = string | readonly [name: string, shortRuns: number]

/** Declares one test per target of `module`; call it inside a `describe`. */
export function fuzzEach(module: URL, targets: readonly SuiteTarget[], what: string): void {
  const long = process.env.FUZZ_RUNS !== undefined
  const named = targets.map((t) => (typeof t === 'string' ? ([t, undefined] as const) : t))
  it.each(named)(`%s ${what}`, async (name, shortRuns) => {
    const report = await fuzz(
      module,
      name,
      shortRuns !== undefined && !long ? { runs: shortRuns } : {},
    )
    if (long) console.log(describeReport(name, report))
    expect(report.runs).toBeGreaterThan(0)
  })
}
