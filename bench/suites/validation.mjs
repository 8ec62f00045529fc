// Validation: snackplan's precompiled standalone validators against ajv
// compiling the same schemas at run time.
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { defaultCatalogDocument, loadCatalog } from '@snackplan/catalog'
import { checkProfile } from '@snackplan/engine'
import Ajv2020 from 'ajv/dist/2020.js'
import { median, memory, time } from '../lib/measure.mjs'

const require = createRequire(import.meta.url)

/** The schemas as shipped. */
export const schemas = {
  profile: require('@snackplan/engine/profile.schema.json'),
  catalog: require('@snackplan/catalog/catalog.schema.json'),
  exercise: require('@snackplan/catalog/exercise.schema.json'),
}

/** The options the build compiles the standalone validators with (scripts/ajv-standalone.ts). */
export const AJV_OPTIONS = {
  allErrors: true,
  messages: false,
  strict: true,
  strictRequired: false,
  strictTypes: false,
}

/** A fresh ajv instance compiling one of the schemas. */
export function compile(which) {
  const ajv = new Ajv2020(AJV_OPTIONS)
  if (which === 'catalog') ajv.addSchema(schemas.exercise)
  return ajv.compile(schemas[which])
}

const must = (ok, what) => {
  if (!ok) throw new Error(`[bench] ${what} did not validate`)
}

// First call in a fresh process (module already imported): median of `runs` processes.
function coldFirstCall(kind, runs) {
  const ms = []
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(
      process.execPath,
      [new URL('../cold.mjs', import.meta.url).pathname, kind],
      {
        encoding: 'utf8',
      },
    )
    ms.push(Number(out.trim()))
  }
  return median(ms)
}

/**
 * @param {{ profile: object, log: (s: string) => void }} input
 */
export async function validationSuite({ profile, log }) {
  log('validation: precompiled vs ajv at run time')
  const ajvProfile = compile('profile')
  const ajvCatalog = compile('catalog')
  const groups = {
    profile: [
      {
        name: 'snackplan checkProfile (precompiled + semantic checks)',
        ref: true,
        kind: 'checkProfile',
        fn: () => must(checkProfile(profile).ok, 'profile'),
      },
      {
        name: 'ajv validate (compiled once at run time)',
        kind: undefined,
        fn: () => must(ajvProfile(profile), 'profile'),
      },
      {
        name: 'ajv new Ajv2020 + compile + validate',
        kind: 'ajv-profile',
        fn: () => must(compile('profile')(profile), 'profile'),
      },
    ],
    catalog: [
      {
        name: 'snackplan loadCatalog(defaultCatalogDocument)',
        ref: true,
        kind: 'loadCatalog',
        fn: () => loadCatalog(defaultCatalogDocument),
      },
      {
        name: 'ajv validate (compiled once at run time)',
        kind: undefined,
        fn: () => must(ajvCatalog(defaultCatalogDocument), 'catalog'),
      },
      {
        name: 'ajv new Ajv2020 + compile + validate',
        kind: 'ajv-catalog',
        fn: () => must(compile('catalog')(defaultCatalogDocument), 'catalog'),
      },
    ],
  }
  const out = {}
  for (const [group, tasks] of Object.entries(groups)) {
    const mems = []
    for (const t of tasks) mems.push(await memory(t.fn, 3))
    const timed = await time(tasks, { time: 300, iterations: 15, warmupIterations: 2 })
    const rows = []
    for (const [i, t] of tasks.entries()) {
      const mem = mems[i]
      rows.push({
        ...timed[i],
        ref: t.ref,
        allocated: mem.allocated,
        retained: mem.retained,
        firstCallMs: t.kind === undefined ? undefined : coldFirstCall(t.kind, 3),
      })
    }
    out[group] = rows
  }
  return out
}
