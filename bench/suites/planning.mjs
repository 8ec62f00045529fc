// Planning: the planner (rules evaluated per granularity) against the naive
// json-rules-engine planner (every rule per 15-minute slot x exercise).
import { defaultCatalog } from '@snackplan/catalog'
import { createPlanner } from '@snackplan/engine'
import { byteSize } from '../lib/fixtures.mjs'
import { memory, time } from '../lib/measure.mjs'
import { createNaivePlanner } from '../naive/planner.mjs'

const snackCounts = (plan) => plan.days.map((d) => d.snacks.length)

/**
 * @param {{ profile: object, days: number, log: (s: string) => void }} input
 */
export async function planningSuite({ profile, days, log }) {
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

  const rows = [
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
  return { rows, check }
}
