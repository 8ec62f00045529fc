// A workload to profile planning with `node --cpu-prof`:
//   node --cpu-prof --cpu-prof-dir=DIR bench/profile.mjs warm 28   # a warm planner, unseen profiles
//   node --cpu-prof --cpu-prof-dir=DIR bench/profile.mjs cold 35   # import + createPlanner + first plan
// then `node bench/lib/profile-summary.mjs DIR/*.cpuprofile` for where the time goes.
// Prints the mean wall time per plan (warm) or the total (cold).
import { readFileSync } from 'node:fs'

const [mode = 'warm', daysArg = '28', countArg] = process.argv.slice(2)
const days = Number(daysArg)

if (mode === 'cold') {
  const profile = JSON.parse(
    readFileSync(new URL('../examples/profiles/anna.json', import.meta.url), 'utf8'),
  )
  const t0 = performance.now()
  const { createPlanner } = await import('@snackplan/engine')
  const planner = createPlanner()
  await planner.plan({ profile, days })
  process.stdout.write(`cold: ${(performance.now() - t0).toFixed(1)} ms\n`)
} else {
  const { createPlanner } = await import('@snackplan/engine')
  const { generatedProfiles } = await import('./suites/feed.mjs')
  const count = Number(countArg ?? (days > 100 ? 20 : 150))
  // The timed plans each take a profile of their own; 50 more warm the code.
  const profiles = generatedProfiles(count + 50)
  // RULE_CACHE=0 profiles the planner with the rule-result memory off.
  const size = process.env.RULE_CACHE
  const planner = createPlanner(size === undefined ? {} : { ruleCacheSize: Number(size) })
  // Warm the code on profiles the timed part does not use.
  for (const profile of profiles.slice(count)) await planner.plan({ profile, days })
  const t0 = performance.now()
  for (const profile of profiles.slice(0, count)) await planner.plan({ profile, days })
  process.stdout.write(
    `warm, ${days} days: ${((performance.now() - t0) / count).toFixed(2)} ms per unseen profile (${count} plans)\n`,
  )
  if (planner.ruleCacheStats) process.stdout.write(`${JSON.stringify(planner.ruleCacheStats())}\n`)
}
