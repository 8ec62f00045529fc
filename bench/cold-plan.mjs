// A fresh process from import to its first plan: prints JSON with the
// milliseconds since the process started (Node's own start-up included) and
// since the first import (importMs and createPlannerMs are parts of it), and
// the CPU the whole process used.
// Used by suites/planning.mjs; run `node bench/cold-plan.mjs [days]`.
import { readFileSync } from 'node:fs'

const days = Number(process.argv[2] ?? 35)
const profile = JSON.parse(
  readFileSync(new URL('../examples/profiles/anna.json', import.meta.url), 'utf8'),
)
const t0 = performance.now()
const { createPlanner } = await import('@snackplan/engine')
const imported = performance.now()
const planner = createPlanner()
const created = performance.now()
const plan = await planner.plan({ profile, days })
const t1 = performance.now()
if (plan.days.length !== days) throw new Error('[bench] cold plan has the wrong length')
const cpu = process.cpuUsage()
process.stdout.write(
  `${JSON.stringify({
    sinceStartMs: t1,
    sinceImportMs: t1 - t0,
    importMs: imported - t0,
    createPlannerMs: created - imported,
    cpuMs: (cpu.user + cpu.system) / 1000,
  })}\n`,
)
