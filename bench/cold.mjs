// Prints how long the first call of one validation path takes in a fresh
// process (imports done first, so only the call is timed). Used by
// suites/validation.mjs; run `node bench/cold.mjs <kind>`.
import { readFileSync } from 'node:fs'
import { defaultCatalogDocument, loadCatalog } from '@snackplan/catalog'
import { checkProfile } from '@snackplan/engine'
import { compile } from './suites/validation.mjs'

const profile = JSON.parse(
  readFileSync(new URL('../examples/profiles/anna.json', import.meta.url), 'utf8'),
)
const calls = {
  checkProfile: () => checkProfile(profile).ok,
  loadCatalog: () => loadCatalog(defaultCatalogDocument) !== undefined,
  'ajv-profile': () => compile('profile')(profile),
  'ajv-catalog': () => compile('catalog')(defaultCatalogDocument),
}
const call = calls[process.argv[2]]
if (!call) throw new Error(`[bench] unknown kind ${process.argv[2]}; one of ${Object.keys(calls)}`)
const t0 = performance.now()
const ok = call()
const t1 = performance.now()
if (!ok) throw new Error(`[bench] ${process.argv[2]}: input did not validate`)
process.stdout.write(`${t1 - t0}\n`)
