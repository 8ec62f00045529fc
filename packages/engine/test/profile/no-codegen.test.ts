import { readFileSync } from 'node:fs'
import { createContext, runInContext } from 'node:vm'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { checkProfile } from '../../src/profile'

// Bundle the profile checks from source and run them where code generation
// from strings is blocked, as in Cloudflare Workers or under a strict CSP.
async function bundle(): Promise<string> {
  const out = await build({
    entryPoints: [new URL('../../src/profile/index.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'snackplanProfile',
    platform: 'neutral',
    conditions: ['@snackplan/source'],
    mainFields: ['module', 'main'],
  })
  return out.outputFiles[0]!.text
}

describe('checking a profile without code generation', () => {
  it('gives the same results inside the sandbox', async () => {
    const anna = readFileSync(
      new URL('../../../../examples/profiles/anna.json', import.meta.url),
      'utf8',
    )
    const bad = { ...JSON.parse(anna), timeZone: 'Europe/Atlantis', nap: true }
    const ctx = createContext(
      { anna, bad: JSON.stringify(bad) },
      { codeGeneration: { strings: false, wasm: false } },
    )
    runInContext(await bundle(), ctx)
    const inside = JSON.parse(
      runInContext(
        `JSON.stringify({
           id: snackplanProfile.loadProfile(anna).id,
           bad: snackplanProfile.checkProfile(bad).errors.map((e) => e.code + ' ' + e.path),
         })`,
        ctx,
      ),
    )
    const outside = checkProfile(bad)
    expect(inside).toEqual({
      id: 'anna',
      bad: outside.ok ? [] : outside.errors.map((e) => `${e.code} ${e.path}`),
    })
    expect(inside.bad).toEqual(['schema/unknown-key /nap', 'profile/unknown-time-zone /timeZone'])
  })
})
