// Summarises a V8 .cpuprofile: self time by package (or file) and the top
// functions. `node bench/lib/profile-summary.mjs FILE.cpuprofile [top]`
import { readFileSync } from 'node:fs'

const [file, topArg] = process.argv.slice(2)
const top = Number(topArg ?? 25)
const profile = JSON.parse(readFileSync(file, 'utf8'))
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const self = new Map()
const dt = profile.timeDeltas
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i]
  self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0))
}
const total = [...self.values()].reduce((a, b) => a + b, 0)
const area = (url) => {
  if (!url) return '(native/gc/idle)'
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (m) return m[1]
  const s = /packages\/([^/]+)\/(?:dist|src)\/(.*)$/.exec(url)
  if (s) return `@snackplan/${s[1]}`
  if (url.startsWith('node:')) return 'node:*'
  return url.replace(/^.*\//, '')
}
const byArea = new Map()
const byFn = new Map()
for (const [id, us] of self) {
  const n = byId.get(id)
  const cf = n.callFrame
  const a = area(cf.url)
  byArea.set(a, (byArea.get(a) ?? 0) + us)
  const fn = `${cf.functionName || '(anonymous)'} ${a}:${cf.lineNumber + 1}`
  byFn.set(fn, (byFn.get(fn) ?? 0) + us)
}
// Inclusive time: samples whose stack holds the function (counted once per sample).
const parent = new Map()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const inclusive = new Map()
for (let i = 0; i < profile.samples.length; i++) {
  const names = new Set()
  for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
    const cf = byId.get(id).callFrame
    if (area(cf.url).startsWith('@snackplan')) names.add(`${cf.functionName || '(anonymous)'}`)
  }
  for (const name of names) inclusive.set(name, (inclusive.get(name) ?? 0) + (dt[i] ?? 0))
}
const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%`
console.log(`total ${(total / 1000).toFixed(0)} ms sampled`)
console.log('by package:')
for (const [a, us] of [...byArea].sort((x, y) => y[1] - x[1]).slice(0, 15))
  console.log(`  ${pct(us)}  ${a}`)
console.log('top functions (self):')
for (const [f, us] of [...byFn].sort((x, y) => y[1] - x[1]).slice(0, top))
  console.log(`  ${pct(us)}  ${f}`)
console.log('snackplan functions (inclusive):')
for (const [f, us] of [...inclusive].sort((x, y) => y[1] - x[1]).slice(0, top))
  console.log(`  ${pct(us)}  ${f}`)
