import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// The feed runs in Cloudflare Workers: no Node built-in may load at run time,
// and code generation is blocked there. Type-only imports vanish when compiled.
const dir = join(import.meta.dirname, '../../src/feed')
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'))

describe('src/feed purity', () => {
  it.each(files)('%s loads no Node built-in and generates no code', (file) => {
    const source = readFileSync(join(dir, file), 'utf8')
    const runtimeImports = [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map(
      (m) => m[1],
    )
    for (const specifier of runtimeImports) {
      expect(specifier).not.toMatch(/^node:|^(fs|path|http|https|crypto|buffer|stream|url|os)$/)
    }
    expect(source).not.toMatch(/\bprocess\.|\bBuffer\b|\beval\s*\(|new\s+Function\b/)
  })
})
