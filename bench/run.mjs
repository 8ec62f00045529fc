// snackplan benchmarks: `pnpm bench` from the repository root (builds first),
// or `node bench/run.mjs` after `pnpm build`. `--quick` plans 7 days instead
// of 28 for the naive baseline comparison. Prints tables, writes
// bench/results.json (not committed) and bench/results.md (the snapshot).
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'

// Memory needs a forced full collection: restart with --expose-gc when absent.
if (typeof globalThis.gc !== 'function') {
  const self = fileURLToPath(import.meta.url)
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', ...process.execArgv, self, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  )
  process.exit(child.status ?? 1)
}

const { createPlanner } = await import('@snackplan/engine')
const { anna } = await import('./lib/fixtures.mjs')
const { markdownTable, textTable, withRatios } = await import('./lib/report.mjs')
const { planningSuite } = await import('./suites/planning.mjs')
const { icsSuite } = await import('./suites/ics.mjs')
const { validationSuite } = await import('./suites/validation.mjs')

const quick = process.argv.includes('--quick')
const started = performance.now()
const log = (s) =>
  process.stderr.write(
    `[bench] ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s  ${s}\n`,
  )
const machine = {
  date: new Date().toISOString().slice(0, 10),
  node: process.version,
  v8: process.versions.v8,
  cpus: os.availableParallelism(),
  cpu: os.cpus()[0]?.model ?? 'unknown',
  platform: `${os.platform()} ${os.arch()}`,
}

const planDays = quick ? 7 : 28
const planning = await planningSuite({ profile: anna, days: planDays, log })
const planner = createPlanner()
const ics28 = await icsSuite({ planner, profile: anna, days: 28, log })
const ics365 = await icsSuite({ planner, profile: anna, days: 365, log })
const validation = await validationSuite({ profile: anna, log })

const tables = [
  [
    `Planning: profile anna, ${planDays} days (ref: snackplan planner.plan)`,
    withRatios(planning.rows),
  ],
  [
    `ICS: ${ics28.events} events (28 days), alarms on (ref: snackplan toICS(events) utc)`,
    withRatios(ics28.rows),
  ],
  [
    `ICS: ${ics365.events} events (365 days), alarms on (ref: snackplan toICS(events) utc)`,
    withRatios(ics365.rows),
  ],
  ['Validation: profile anna (ref: checkProfile)', withRatios(validation.profile)],
  ['Validation: default catalog document (ref: loadCatalog)', withRatios(validation.catalog)],
]
const totalSec = (performance.now() - started) / 1000
const header = `${machine.date} · Node ${machine.node} · ${machine.cpus} cores (${machine.cpu}) · ${machine.platform} · run took ${totalSec.toFixed(0)} s`
const checks = {
  planning: planning.check,
  ics: [...ics28.checks, ...ics365.checks],
}

process.stdout.write(`${header}\n${tables.map(([t, rows]) => textTable(t, rows)).join('\n')}\n`)
process.stdout.write(
  `\nchecks: naive schedule ${planning.check.naiveDays} days / ${planning.check.naiveSnacks} snacks vs ours ${planning.check.days} / ${planning.check.snacks} (same per day: ${planning.check.sameSnacksEveryDay}, same excluded: ${planning.check.sameExcluded}, ${planning.check.naiveEngineRuns} engine runs); ICS outputs parsed back by ical.js: ${checks.ics.filter((c) => c.ok).length}/${checks.ics.length} equal\n`,
)

const here = (f) => new URL(f, import.meta.url)
writeFileSync(
  here('results.json'),
  `${JSON.stringify({ machine, totalSec, tables: Object.fromEntries(tables), checks }, null, 2)}\n`,
)
const md = [
  '# Benchmark snapshot',
  '',
  `Written by \`pnpm bench\` (bench/run.mjs${quick ? ' --quick' : ''}). ${header}.`,
  'Columns: ops/s, mean and p99 latency from tinybench; `vs ref` is mean time over the reference row',
  "mean (above 1: slower than the reference); `first call` is the first call's time in a fresh process",
  '(median of 3); `alloc/op` is heap allocated per call and `retained` heap still held by the result',
  'after a full GC (V8 GC profiler, `--expose-gc`; allocation the median of 1-3 calls, retention their mean); `output` is UTF-8 bytes of the result',
  '(JSON for plans).',
  '',
  ...tables.map(([t, rows]) => markdownTable(t, rows)),
  '### Checks',
  '',
  `- Naive planner: ${planning.check.naiveDays} days, ${planning.check.naiveSnacks} snacks; snackplan: ${planning.check.days} days, ${planning.check.snacks} snacks; same count every day: ${planning.check.sameSnacksEveryDay}; same excluded exercises: ${planning.check.sameExcluded}; json-rules-engine runs: ${planning.check.naiveEngineRuns.toLocaleString('en')}.`,
  ...checks.ics.map(
    (c) =>
      `- ${c.name}, ${c.days} days: ical.js parses ${c.events} of ${c.expected} events with the same UID, start and alarm: ${c.ok}.`,
  ),
  '',
]
writeFileSync(here('results.md'), md.join('\n'))
log(`done in ${totalSec.toFixed(0)} s; wrote bench/results.json and bench/results.md`)
