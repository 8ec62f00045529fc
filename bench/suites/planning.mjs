// Planning: the planner (rules evaluated per granularity) against the naive
// json-rules-engine planner (every rule per 15-minute slot x exercise).
import { execFileSync } from 'node:child_process'
import { defaultCatalog } from '@snackplan/catalog'
import { createPlanner } from '@snackplan/engine'
import { byteSize } from '../lib/fixtures.mjs'
import { median, memory, time } from '../lib/measure.mjs'
import { createNaivePlanner } from '../naive/planner.mjs'
import { generatedProfiles } from './feed.mjs'

/** A fresh process: import, createPlanner and a first plan of `days` (median of `runs`). */
export function freshProcess(days, runs) {
  const samples = []
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(
      process.execPath,
      [new URL('../cold-plan.mjs', import.meta.url).pathname, String(days)],
      { encoding: 'utf8' },
    )
    samples.push(JSON.parse(out))
  }
  const of = (key) => median(samples.map((s) => s[key]))
  return {
    sinceStartMs: of('sinceStartMs'),
    sinceImportMs: of('sinceImportMs'),
    cpuMs: of('cpuMs'),
  }
}

/**
 * Plans for profiles a warm planner has not seen: each call takes the next
 * generated profile, so nothing a planner might remember per profile helps.
 */
export async function unseenPlans({ planner, days, count, quick, label = '' }) {
  const profiles = generatedProfiles(count)
  let next = 0
  const [row] = await time(
    [
      {
        name: `snackplan planner.plan, ${days} day${days === 1 ? '' : 's'}, a profile not seen before${label}`,
        fn: () => planner.plan({ profile: profiles[next++ % profiles.length], days }),
      },
    ],
    days > 100
      ? { time: 0, iterations: quick ? 3 : 10, warmupTime: 0, warmupIterations: 1 }
      : { time: quick ? 200 : 600, iterations: 10, warmupIterations: 2 },
  )
  return row
}

// Exercise snacks per day: the naive baseline plans those only (no pauses,
// active pauses or sessions), so only they are compared.
const snackCounts = (plan) =>
  plan.days.map((d) => d.snacks.filter((s) => (s.type ?? 'snack') === 'snack').length)

/**
 * @param {{ profile: object, days: number, log: (s: string) => void }} input
 */
export async function planningSuite({ profile, days, quick, log }) {
  const planner = createPlanner()
  const request = { profile, days }
  const naive = createNaivePlanner({ catalog: defaultCatalog })

  log(`planning: createPlanner, planner.plan(${days} days)`)
  const oursMem = await memory(() => planner.plan(request), 3)
  const createMem = await memory(() => createPlanner(), 3)
  const [create, plan] = await time(
    [
      { name: 'createPlanner() (compile default rules)', fn: () => createPlanner() },
      { name: `snackplan planner.plan (${days} days)`, fn: () => planner.plan(request) },
    ],
    { time: 500, iterations: 15, warmupIterations: 2 },
  )

  // One run of the baseline is tens of seconds; it is timed once, with the
  // memory profile, and its schedule is checked against ours.
  log(`planning: naive json-rules-engine planner (${days} days, one run, tens of seconds)`)
  const naiveMem = await memory(() => naive.plan(request), 1, false)
  const naivePlan = naiveMem.result
  const ours = snackCounts(oursMem.result)
  const theirs = snackCounts(naivePlan)
  const comparable = ours.length === theirs.length && ours.every((n, i) => n === theirs[i])
  const sum = (a) => a.reduce((x, y) => x + y, 0)
  const check = {
    days: ours.length,
    snacks: sum(ours),
    naiveDays: theirs.length,
    naiveSnacks: sum(theirs),
    sameSnacksEveryDay: comparable,
    sameExcluded:
      JSON.stringify(oursMem.result.excluded.map((e) => e.exerciseId)) ===
      JSON.stringify(naivePlan.excluded),
    naiveEngineRuns: naivePlan.engineRuns,
  }
  if (!comparable) log(`WARNING: schedules differ: ours ${ours} vs naive ${theirs}`)

  log('planning: 1, 28 and 365 days for profiles not seen before; fresh processes')
  const unseen = []
  // Enough profiles that a timed run never comes back to one (a 1-day plan
  // takes about a millisecond, so hundreds fit in the timed 600 ms).
  for (const d of [1, 28, 365]) {
    const count = quick ? 40 : d === 1 ? 3000 : 400
    unseen.push(await unseenPlans({ planner, days: d, count, quick }))
  }
  // The plain path: the same plans with the rule-result memory off.
  const plain = createPlanner({ ruleCacheSize: 0 })
  unseen.push(
    await unseenPlans({
      planner: plain,
      days: 28,
      count: quick ? 40 : 400,
      quick,
      label: ', rule cache off',
    }),
  )
  check.ruleCache = planner.ruleCacheStats()
  const fresh = freshProcess(35, quick ? 1 : 3)

  const rows = [
    ...unseen,
    {
      name: 'fresh process: import + createPlanner + first plan (35 days)',
      meanMs: fresh.sinceImportMs,
      medianMs: fresh.sinceImportMs,
      firstCallMs: fresh.sinceStartMs,
    },
    {
      ...plan,
      ref: true,
      allocated: oursMem.allocated,
      retained: oursMem.retained,
      outputBytes: byteSize(oursMem.result),
    },
    {
      name: `naive json-rules-engine (${days} days)`,
      meanMs: naiveMem.wallMs[0],
      p99Ms: naiveMem.wallMs[0],
      hz: 1000 / naiveMem.wallMs[0],
      samples: 1,
      allocated: naiveMem.allocated,
      retained: naiveMem.retained,
      outputBytes: byteSize(naivePlan),
    },
    { ...create, allocated: createMem.allocated, retained: createMem.retained },
  ]
  return { rows, check, unseen, fresh }
}
