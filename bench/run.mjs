// snackplan benchmarks: `pnpm bench` from the repository root (builds first),
// or `node bench/run.mjs` after `pnpm build`. `--quick` is the CI smoke run
// (under a minute after the build): fewer iterations, fewer profiles, the
// naive baseline over one day, no 10,000-event calendar and no validation
// suite; it writes only bench/results.json. A full run prints every table
// and target and writes bench/results.json (not committed) and
// bench/results.md (the snapshot).
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
const { targetRows, targetsMarkdown, targetsText } = await import('./lib/targets.mjs')
const { planningSuite } = await import('./suites/planning.mjs')
const { icsSuite, manyEvents } = await import('./suites/ics.mjs')
const { validationSuite } = await import('./suites/validation.mjs')
const { feedLine, feedSuite, generatedProfiles } = await import('./suites/feed.mjs')
const { workersSuite } = await import('./suites/workers.mjs')

const quick = process.argv.includes('--quick')
const started = performance.now()
const log = (s) =>
  process.stderr.write(
    `[bench] ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s  ${s}\n`,
  )
const load = os.loadavg()
const machine = {
  date: new Date().toISOString().slice(0, 10),
  node: process.version,
  v8: process.versions.v8,
  cpus: os.availableParallelism(),
  cpu: os.cpus()[0]?.model ?? 'unknown',
  platform: `${os.platform()} ${os.arch()}`,
  loadAtStart: load[0],
}

const planDays = quick ? 1 : 28
const planning = await planningSuite({ profile: anna, days: planDays, quick, log })
const planner = createPlanner()
const ics28 = await icsSuite({ planner, profile: anna, days: 28, label: '28 days', quick, log })
const ics365 = await icsSuite({ planner, profile: anna, days: 365, label: '365 days', quick, log })
let ics10k
if (!quick) {
  log('ics: 10,000 events from a year of plans of generated profiles')
  const events = await manyEvents(planner, generatedProfiles(40), 10_000)
  ics10k = await icsSuite({ planner, events, label: '10,000 events', quick, log })
}
const validation = quick ? undefined : await validationSuite({ profile: anna, log })
const feed = await feedSuite({ quick, log })
const workers = await workersSuite({ quick, log })

const tables = [
  [
    `Planning: profile anna, ${planDays} days, and profiles not seen before (ref: snackplan planner.plan, anna)`,
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
]
if (ics10k) {
  tables.push([
    `ICS: ${ics10k.events} events (a year of plans of generated profiles, several zones), alarms on (ref: snackplan toICS(events) utc)`,
    withRatios(ics10k.rows),
  ])
}
if (validation) {
  tables.push(
    ['Validation: profile anna (ref: checkProfile)', withRatios(validation.profile)],
    ['Validation: default catalog document (ref: loadCatalog)', withRatios(validation.catalog)],
  )
}
const targets = targetRows({ planning, ics365, ics10k, feed, workers })
const totalSec = (performance.now() - started) / 1000
const header = `${machine.date} · Node ${machine.node} · ${machine.cpus} cores (${machine.cpu}) · ${machine.platform} · load average ${machine.loadAtStart.toFixed(1)} at the start (the machine is shared) · run took ${totalSec.toFixed(0)} s`
const checks = {
  planning: planning.check,
  ics: [...ics28.checks, ...ics365.checks, ...(ics10k?.checks ?? [])],
}

const feedLines = feed.results.map(feedLine)
const workerLines = [
  `cold request in a fresh process (default window, 36 days): ${workers.coldRequestCpuMs.toFixed(1)} ms CPU, after ${workers.coldSetupCpuMs.toFixed(1)} ms of imports, createPlanner and createFeedHandler${workers.coldRequestMainThreadMs === null ? '' : `; ${workers.coldRequestMainThreadMs.toFixed(1)} ms of it on the main thread, the rest V8's background threads (optimising compiler, concurrent GC)`}`,
  `cold request answered 304 (a fresh process, the feed unchanged since an earlier answer): ${workers.coldNotModifiedCpuMs.toFixed(1)} ms CPU; the planner's one-time work (hashing its catalog and rules, loading time-zone data) is done at start-up by \`createFeedHandler\`, as the Workers example does in its global scope`,
  workers.workerd
    ? `in workerd through Miniflare (wall time, the packages' built files, median of ${workers.workerd.runs} fresh isolates each): a new isolate's first request answered 304 ${workers.workerd.first304Ms.toFixed(1)} ms, its first 200 ${workers.workerd.first200Ms.toFixed(1)} ms, a second 304 ${workers.workerd.warm304Ms.toFixed(1)} ms (mostly Miniflare's own dispatch)`
    : 'in workerd: not measured (no Node 22 for Miniflare)',
  `warm isolate, a profile not seen before: ${workers.unseenCpuMs.toFixed(1)} ms CPU`,
  `repeated 200 from the body cache: ${workers.cachedCpuMs.toFixed(2)} ms CPU`,
  `304 for a matching If-None-Match: ${workers.notModifiedCpuMs.toFixed(2)} ms CPU`,
]

process.stdout.write(`${header}\n${tables.map(([t, rows]) => textTable(t, rows)).join('\n')}\n`)
process.stdout.write(
  `\nFeed: snackplan serve${feed.serverFlags ? ` (${feed.serverFlags})` : ''} under autocannon (127.0.0.1, 10 connections), ${feed.profiles} generated profiles, server RSS ${feed.rssStartMiB.toFixed(0)} MiB after start, ${feed.rssPeakMiB.toFixed(0)} MiB at most\n${feedLines.map((l) => `  ${l}`).join('\n')}\n`,
)
process.stdout.write(
  `\nFeed in Workers (CPU per request, Node)\n${workerLines.map((l) => `  ${l}`).join('\n')}\n`,
)
process.stdout.write(`\n${targetsText(targets)}\n`)
process.stdout.write(
  `\nchecks: naive schedule ${planning.check.naiveDays} days / ${planning.check.naiveSnacks} snacks vs ours ${planning.check.days} / ${planning.check.snacks} (same per day: ${planning.check.sameSnacksEveryDay}, same excluded: ${planning.check.sameExcluded}, ${planning.check.naiveEngineRuns} engine runs); rule cache ${JSON.stringify(planning.check.ruleCache)}; ICS outputs parsed back by ical.js: ${checks.ics.filter((c) => c.ok).length}/${checks.ics.length} equal\n`,
)

const here = (f) => new URL(f, import.meta.url)
writeFileSync(
  here('results.json'),
  `${JSON.stringify({ machine, quick, totalSec, tables: Object.fromEntries(tables), feed, workers, targets, checks }, null, 2)}\n`,
)
if (quick) {
  log(`done in ${totalSec.toFixed(0)} s (quick: bench/results.md left as it is)`)
} else {
  const md = [
    '# Benchmark snapshot',
    '',
    `Written by \`pnpm bench\` (bench/run.mjs). ${header}.`,
    'Columns: ops/s, mean, median and p99 latency from tinybench (the targets read medians); `vs ref` is mean time over the reference row',
    "mean (above 1: slower than the reference); `first call` is the first call's time in a fresh process",
    '(median of 3; for the fresh-process planning row, milliseconds since the process started, Node start-up included,',
    'while `mean` there counts from the first import); `alloc/op` is heap allocated per call and `retained` heap still held by the result',
    'after a full GC (V8 GC profiler, `--expose-gc`; allocation the median of 1-3 calls, retention their mean); `output` is UTF-8 bytes of the result',
    '(JSON for plans).',
    '',
    targetsMarkdown(targets),
    ...tables.map(([t, rows]) => markdownTable(t, rows)),
    `### Feed: \`snackplan serve\` under autocannon`,
    '',
    `127.0.0.1, 10 connections, ${feed.profiles.toLocaleString('en')} profiles generated with \`arbitraryProfile\` (fixed seed); server started as \`snackplan serve\`${feed.serverFlags ? ` with \`${feed.serverFlags}\`` : ' with no Node flags'}; server RSS ${feed.rssStartMiB.toFixed(0)} MiB after start, ${feed.rssPeakMiB.toFixed(0)} MiB at the highest sample. Server CPU is the server process's user + system time over the run, per request.`,
    '',
    ...feedLines.map((l) => `- ${l}`),
    '',
    '### Feed in Workers (CPU per request)',
    '',
    '`process.cpuUsage()` around the handler in Node, built as examples/cloudflare-worker builds it (default window, alarms); a guide to what Workers bills, not the bill.',
    '',
    ...workerLines.map((l) => `- ${l}`),
    '',
    '### Checks',
    '',
    `- Naive planner: ${planning.check.naiveDays} days, ${planning.check.naiveSnacks} snacks; snackplan: ${planning.check.days} days, ${planning.check.snacks} snacks; same count every day: ${planning.check.sameSnacksEveryDay}; same excluded exercises: ${planning.check.sameExcluded}; json-rules-engine runs: ${planning.check.naiveEngineRuns.toLocaleString('en')}.`,
    `- Rule cache of the warm planner after the planning runs (\`planner.ruleCacheStats()\`): ${Object.entries(
      planning.check.ruleCache,
    )
      .map(([k, v]) => `${k} ${v.toLocaleString('en')}`)
      .join(', ')}.`,
    ...checks.ics.map(
      (c) =>
        `- ${c.name}, ${c.days}: ical.js parses ${c.events} of ${c.expected} events with the same UID, start and alarm: ${c.ok}.`,
    ),
    '',
  ]
  writeFileSync(here('results.md'), md.join('\n'))
  log(`done in ${totalSec.toFixed(0)} s; wrote bench/results.json and bench/results.md`)
}
