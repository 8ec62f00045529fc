import { createContext, runInContext } from 'node:vm'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { checkCatalog } from '../src/check/catalog'
import { doc } from './fixtures/entries'

// Bundle the package from source and run it where code generation from
// strings is blocked, as in Cloudflare Workers or under a strict CSP.
async function bundle(): Promise<string> {
  const out = await build({
    entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'snackplanCatalog',
    platform: 'neutral',
    conditions: ['@snackplan/source'],
    mainFields: ['module', 'main'],
  })
  return out.outputFiles[0]!.text
}

describe('loading without code generation', () => {
  it('the sandbox really blocks new Function', () => {
    const ctx = createContext({}, { codeGeneration: { strings: false, wasm: false } })
    expect(() => runInContext('new Function("return 1")()', ctx)).toThrow(
      /Code generation from strings disallowed/,
    )
  })

  it('checks and loads a catalog inside the sandbox', async () => {
    const code = await bundle()
    const ctx = createContext(
      { input: JSON.stringify(doc()) },
      { codeGeneration: { strings: false, wasm: false } },
    )
    runInContext(code, ctx)
    const result = runInContext(
      `const c = snackplanCatalog.loadCatalog(input);
       const bad = snackplanCatalog.checkCatalog({ id: 'x', version: '1', exercises: [{}] });
       JSON.stringify({ ids: c.exercises.map((e) => e.id), bad: bad.errors.map((e) => e.path) })`,
      ctx,
    )
    const outside = checkCatalog({ id: 'x', version: '1', exercises: [{}] })
    expect(JSON.parse(result)).toEqual({
      ids: ['chair-squat', 'squat', 'wall-push-up'],
      bad: outside.ok ? [] : outside.errors.map((e) => e.path),
    })
    expect(JSON.parse(result).bad).toContain('/exercises/0/dose')
  })
})
