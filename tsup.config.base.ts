import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig, type Options } from 'tsup'

/**
 * One build config for every package: ESM + CJS + .d.ts with sourcemaps.
 * Each package's tsup.config.ts is a single call to this.
 *
 * `esmOnly` names dependencies that ship ES modules only (`@noble/hashes`
 * 2): the ESM build imports them, and the CJS build carries its own copy,
 * so `require` works where it cannot load an ES module (Node before 20.19,
 * Jest's module system).
 */
export function packageConfig(
  entry: Record<string, string>,
  extra: Partial<Options> = {},
  esmOnly: string[] = [],
) {
  const common: Options = {
    entry,
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    ...extra,
  }
  if (esmOnly.length === 0) return defineConfig({ ...common, format: ['esm', 'cjs'], clean: true })
  // Two builds run side by side, so dist/ is emptied once, here, not by each.
  rmSync('dist', { recursive: true, force: true })
  return defineConfig([
    { ...common, format: ['esm'] },
    { ...common, format: ['cjs'], noExternal: esmOnly, banner: { js: licenses(esmOnly) } },
  ])
}

// The licence of each bundled dependency, kept with the copy of its code.
function licenses(names: string[]): string {
  const texts = names.map((name) => {
    const text = readFileSync(join('node_modules', name, 'LICENSE'), 'utf8').trim()
    return `${name}:\n${text.replaceAll('*/', '* /')}`
  })
  return `/*! The CommonJS build includes:\n${texts.join('\n\n')}\n*/`
}
