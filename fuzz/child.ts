// Runs one fuzz target under fast-check and reports each call to the parent
// (fuzz/harness.ts), which kills this process if a call never returns.
import { writeFileSync } from 'node:fs'
import fc from 'fast-check'
import type { FuzzTarget } from './harness'

const [modulePath = '', name = '', seedText = '', runsText = ''] = process.argv.slice(2)
const send = (message: object) => process.send?.(message)
// The brand that isSnackplanError tests (packages/catalog/src/errors/error.ts);
// fuzz/ sits outside the packages, so it cannot import them.
const BRAND = Symbol.for('snackplan.error')
const isSnackplanError = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true

// A short, readable picture of any input: long strings and lists are
// summarised, deep nesting is cut, so a failure message stays small.
function summarise(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') {
    return value.length > 1000 ? `${value.slice(0, 400)}... (${value.length} characters)` : value
  }
  if (typeof value !== 'object' || value === null) return value
  if (depth > 6) return Array.isArray(value) ? '[...deeper]' : '{...deeper}'
  if (Array.isArray(value)) {
    const head = value.slice(0, 8).map((v) => summarise(v, depth + 1))
    return value.length > 8 ? [...head, `... (${value.length} items)`] : head
  }
  return Object.fromEntries(
    Object.entries(value)
      .slice(0, 16)
      .map(([k, v]) => [String(summarise(k)), summarise(v, depth + 1)]),
  )
}

function preview(input: unknown): string {
  const text = JSON.stringify(summarise(input)) ?? String(input)
  return text.length > 3000 ? `${text.slice(0, 3000)}...` : text
}

const target = (await import(modulePath))[name] as FuzzTarget
if (!target) throw new Error(`no fuzz target ${name} in ${modulePath}`)
const budget = target.budgetMs ?? 500
// One untimed call first: loading and compiling code is not the input's cost.
for (const input of fc.sample(target.arbitrary, { seed: Number(seedText), numRuns: 1 })) {
  await Promise.resolve()
    .then(() => target.run(input))
    .catch(() => undefined)
}
let i = 0
let slowest = 0
let slowestInput = ''
const details = await fc.check(
  fc.asyncProperty(target.arbitrary, async (input) => {
    i++
    send({ type: 'start', i, input: preview(input) })
    const t = performance.now()
    try {
      await target.run(input)
    } catch (error) {
      if (!isSnackplanError(error)) throw error
    }
    const ms = performance.now() - t
    if (ms > slowest) {
      slowest = ms
      slowestInput = preview(input)
    }
    // FUZZ_DUMP=<folder> keeps every input that took over half its budget, whole.
    if (process.env.FUZZ_DUMP && ms > budget / 2) {
      writeFileSync(`${process.env.FUZZ_DUMP}/${name}-${i}.json`, JSON.stringify(input) ?? '')
    }
    send({ type: 'done', i, ms })
    if (ms > budget) throw new Error(`took ${ms.toFixed(0)} ms, over its ${budget} ms budget`)
  }),
  { seed: Number(seedText), numRuns: Number(runsText) },
)
if (details.failed) {
  const error = details.errorInstance
  if (process.env.FUZZ_DEBUG) console.error(error)
  const why = error instanceof Error ? error.message : String(error)
  send({
    type: 'fail',
    message: `${why}\n  seed ${details.seed}, path ${details.counterexamplePath}\n  shrunk input: ${preview(details.counterexample?.[0])}`,
  })
} else send({ type: 'end', runs: i, slowestMs: slowest, slowestInput })
process.disconnect?.()
