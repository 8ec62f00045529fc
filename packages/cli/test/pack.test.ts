import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, tempDir } from './run'

const PACKAGES = ['catalog', 'engine', 'plugins-calendar', 'plugins-ics', 'cli']
const sh = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

/** Every string an `exports` map points at, with the conditions that lead to it. */
function exportTargets(value: unknown, conditions: string[] = []): [string[], string][] {
  if (typeof value === 'string') return [[conditions, value]]
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([k, v]) => exportTargets(v, [...conditions, k]))
}

// The strictness both consumer projects compile under.
const STRICT = {
  target: 'ES2022',
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
}

/** The README's "Use it in your app" TypeScript snippet, exactly as written. */
function readmeSnippet(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Use it in your app'))
  const match = /```ts\n([\s\S]*?)```/.exec(section)
  if (!match?.[1]) throw new Error('README has no ts snippet under "Use it in your app"')
  return match[1]
}

/** The ts snippets of one docs/ics-and-feeds.md section, from its heading to the next. */
function feedDocSnippets(heading: string): string[] {
  const page = readFileSync(join(ROOT, 'docs/ics-and-feeds.md'), 'utf8')
  const start = page.indexOf(`\n${heading}\n`)
  if (start < 0) throw new Error(`docs/ics-and-feeds.md has no "${heading}"`)
  const rest = page.slice(start + heading.length + 2)
  const end = rest.search(/\n#{2,3} /)
  const section = end < 0 ? rest : rest.slice(0, end)
  return [...section.matchAll(/```ts(?: run)?\n([\s\S]*?)```/g)].map((m) => m[1]!)
}

/** One import per entry point of a package's `exports` (package.json aside). */
function entryImports(name: string, exports: Record<string, unknown>, n: number): string[] {
  return Object.keys(exports)
    .filter((key) => key !== './package.json')
    .map((key, i) => {
      const spec = key === '.' ? name : `${name}/${key.slice(2)}`
      const local = `m${n}_${i}`
      return spec.endsWith('.json')
        ? `import ${local} from '${spec}'\nexport { ${local} }`
        : `import * as ${local} from '${spec}'\nexport { ${local} }`
    })
}

// What a user gets from npm: the packed tarballs installed into an empty
// project, imported from ESM and from CJS, the bin run, and the README's
// snippet compiled by TypeScript as a strict ESM project.
describe('packed tarballs', () => {
  const dir = tempDir()
  const tarballs = join(dir, 'tarballs')
  mkdirSync(tarballs)
  for (const p of PACKAGES) {
    const pkg = join(ROOT, 'packages', p)
    if (!existsSync(join(pkg, 'dist'))) sh('pnpm', ['run', 'build'], pkg)
    sh('pnpm', ['pack', '--pack-destination', tarballs], pkg)
  }
  const files = readdirSync(tarballs).map((f) => join(tarballs, f))

  /** An ESM project in `project` with the tarballs, fast-check, TypeScript and `extra` installed. */
  function scratchProject(project: string, extra: string[] = []) {
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'scratch', private: true, type: 'module' }),
    )
    const flags = ['--no-audit', '--no-fund', '--loglevel=error']
    sh('npm', ['install', ...flags, ...files, 'fast-check@4', 'typescript@5.9', ...extra], project)
  }

  it('leave the workspace-only source condition out and ship every export target', () => {
    for (const file of files) {
      const listed = new Set(sh('tar', ['tzf', file], dir).split('\n'))
      const { exports } = JSON.parse(sh('tar', ['xzfO', file, 'package/package.json'], dir))
      expect(JSON.stringify(exports), file).not.toContain('@snackplan/source')
      for (const [conditions, target] of exportTargets(exports)) {
        expect(listed.has(`package/${target.replace(/^\.\//, '')}`), `${file} ${conditions}`).toBe(
          true,
        )
      }
    }
  })

  it('install into a scratch project and work from ESM, CJS and the bin', () => {
    const project = join(dir, 'app')
    mkdirSync(project)
    // fast-check is an optional peer dependency, needed only for @snackplan/engine/testing.
    scratchProject(project, ['@types/node@20'])

    const profile = join(ROOT, 'examples/profiles/anna.json')
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { readFileSync } from 'node:fs'
import { defaultCatalog } from '@snackplan/catalog'
import { createPlanner } from '@snackplan/engine'
import { arbitraryProfile } from '@snackplan/engine/testing'
import { toCalendarEvents } from '@snackplan/plugins-calendar'
import { toICS } from '@snackplan/plugins-ics'
const plan = await createPlanner().plan({ profile: JSON.parse(readFileSync(${JSON.stringify(profile)}, 'utf8')), days: 3 })
const ics = toICS(toCalendarEvents(plan, { locale: 'sv' }))
console.log(defaultCatalog.exercises.length, plan.days.length, ics.split('BEGIN:VEVENT').length - 1, typeof arbitraryProfile)
`,
    )
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { loadCatalog, defaultCatalogDocument } = require('@snackplan/catalog')
const { checkProfile } = require('@snackplan/engine')
const { toICS } = require('@snackplan/plugins-ics')
const profile = require(${JSON.stringify(profile)})
// The serializer and the feed load plugins-calendar's events entry, without ical.js.
const ical = Object.keys(require.cache).some((file) => file.includes('ical.js'))
console.log(loadCatalog(defaultCatalogDocument).exercises.length, checkProfile(profile).ok, typeof toICS, ical)
`,
    )
    const esm = sh('node', ['esm.mjs'], project).trim().split(' ')
    expect(esm[0]).toBe('71')
    expect(esm[1]).toBe('3')
    expect(Number(esm[2])).toBeGreaterThan(3)
    expect(esm[3]).toBe('function')
    expect(sh('node', ['cjs.cjs'], project).trim()).toBe('71 true function false')
    // As where require cannot load an ES module (Node before 20.19, Jest): the
    // CJS builds carry their own copy of the ESM-only @noble/hashes.
    if (process.allowedNodeEnvironmentFlags.has('--experimental-require-module')) {
      expect(sh('node', ['--no-experimental-require-module', 'cjs.cjs'], project).trim()).toBe(
        '71 true function false',
      )
    }
    const table = sh(
      join(project, 'node_modules/.bin/snackplan'),
      ['plan', '--profile', profile, '--days', '1', '--locale', 'en'],
      project,
    )
    expect(table).toContain('Snack plan for anna')

    // The README's snippet as-is, strict and nodenext with exactOptionalPropertyTypes,
    // and the feed guide's first snippet, profiles typed without casts (issue 11).
    copyFileSync(profile, join(project, 'anna.json'))
    writeFileSync(
      join(project, 'app.ts'),
      `${readmeSnippet()}console.log(plan.days.length, ics.startsWith('BEGIN:VCALENDAR'))\n`,
    )
    writeFileSync(join(project, 'feed.ts'), `${feedDocSnippets('## The feed')[0]}\nexport {}\n`)
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          ...STRICT,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          types: ['node'],
        },
        files: ['app.ts', 'feed.ts'],
      }),
    )
    sh(join(project, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], project)
    expect(sh('node', ['app.js'], project).trim()).toBe('7 true')
  }, 300_000)

  // Issue 11: a browser or Workers project has no @types/node. Every public
  // entry point must type-check with `types: []` and the DOM lib alone,
  // without skipLibCheck, so no declaration may need a Node module.
  it('type-check in a project without Node types (types: [], lib ES2022 + DOM)', () => {
    for (const file of files) {
      for (const name of sh('tar', ['tzf', file], dir).split('\n')) {
        if (!/\.d\.c?ts$/.test(name)) continue
        // Code only: TSDoc examples may show `import ... from 'node:http'`.
        const code = sh('tar', ['xzfO', file, name], dir).replace(/\/\*[\s\S]*?\*\//g, '')
        expect(code, `${file} ${name}`).not.toMatch(
          /(from\s*|import\(\s*)["'](node:|http["'])|reference\s+types=["']node/,
        )
      }
    }
    const project = join(dir, 'web')
    mkdirSync(join(project, 'profiles'), { recursive: true })
    scratchProject(project)
    // Nothing installed brings Node's types along, or `types: []` would prove nothing.
    expect(existsSync(join(project, 'node_modules/@types/node'))).toBe(false)

    const imports = files.flatMap((file, n) => {
      const { name, exports } = JSON.parse(sh('tar', ['xzfO', file, 'package/package.json'], dir))
      return entryImports(name, exports, n)
    })
    expect(imports.length).toBeGreaterThanOrEqual(PACKAGES.length)
    writeFileSync(join(project, 'entries.ts'), `${imports.join('\n')}\n`)
    // The feed guide's Workers snippet, as a Worker project would hold it.
    copyFileSync(join(ROOT, 'examples/profiles/anna.json'), join(project, 'profiles/anna.json'))
    writeFileSync(join(project, 'worker.ts'), feedDocSnippets('### Cloudflare Workers')[0]!)
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          ...STRICT,
          lib: ['ES2022', 'DOM'],
          types: [],
          module: 'esnext',
          moduleResolution: 'bundler',
          resolveJsonModule: true,
          noEmit: true,
        },
        files: ['entries.ts', 'worker.ts'],
      }),
    )
    sh(join(project, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], project)
  }, 300_000)
})
