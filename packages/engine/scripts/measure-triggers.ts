// Measures how long a planner takes to plan a week for a rule set of 100
// DAILY triggers on top of the default program (issue 9's target: < 100 ms).
// Run: pnpm --filter @snackplan/engine exec tsx --conditions=@snackplan/source scripts/measure-triggers.ts
// Prints the median of warm runs and the first (cold) run; not a test: the
// machine it runs on may be shared and noisy.
import { readFileSync } from 'node:fs'
import { createPlanner, defaultRules, type Focus, type Rule } from '../src/index'

const profile = JSON.parse(
  readFileSync(new URL('../../../examples/profiles/anna.json', import.meta.url), 'utf8'),
)
const FOCI: readonly Focus[] = ['cardio', 'strength', 'mobility']
const rules = Array.from(
  { length: 100 },
  (_, i): Rule => ({
    name: `daily-${i}`,
    priority: 1 + (i % 5),
    conditions: { all: [{ fact: 'day.type', operator: 'notEqual', value: 'rest' }] },
    event: {
      type: 'slots',
      params: {
        rrule: `FREQ=DAILY;BYHOUR=${7 + (i % 14)};BYMINUTE=${(i * 7) % 60}`,
        focus: FOCI[i % 3]!,
      },
    },
  }),
)
const ruleSet = { id: 'hundred-daily', version: '1', rules }

const runs = Number(process.argv[2] ?? 20)
const planner = createPlanner({ rules: [defaultRules, ruleSet] })
const request = { profile, from: '2026-11-23', days: 7, seed: 1 }
let t = performance.now()
const first = await planner.plan(request)
const cold = performance.now() - t
const times: number[] = []
for (let i = 0; i < runs; i++) {
  t = performance.now()
  await planner.plan({ ...request, seed: i + 2 })
  times.push(performance.now() - t)
}
times.sort((a, b) => a - b)
const snacks = first.days.reduce((n, d) => n + d.snacks.length, 0)
console.log(
  `100 daily triggers, 7 days: first plan ${cold.toFixed(1)} ms, median of ${runs} warm plans ${(times[Math.floor(runs / 2)] ?? 0).toFixed(1)} ms (min ${(times[0] ?? 0).toFixed(1)} ms); ${snacks} snacks`,
)
