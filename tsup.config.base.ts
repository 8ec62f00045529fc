import { defineConfig, type Options } from 'tsup'

/**
 * One build config for every package: ESM + CJS + .d.ts with sourcemaps.
 * Each package's tsup.config.ts is a single call to this.
 */
export function packageConfig(entry: Record<string, string>, extra: Partial<Options> = {}) {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    ...extra,
  })
}
