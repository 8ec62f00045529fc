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

/** The README's "Use it in your app" TypeScript snippet, exactly as written. */
function readmeSnippet(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Use it in your app'))
  const match = /```ts\n([\s\S]*?)```/.exec(section)
  if (!match?.[1]) throw new Error('README has no ts snippet under "Use it in your app"')
  return match[1]
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
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'app', private: true, type: 'module' }),
    )
    // fast-check is an optional peer dependency, needed only for @snackplan/engine/testing.
    sh(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        ...files,
        'fast-check@4',
        'typescript@5.9',
        '@types/node@20',
      ],
      project,
    )

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
console.log(loadCatalog(defaultCatalogDocument).exercises.length, checkProfile(profile).ok, typeof toICS)
`,
    )
    const esm = sh('node', ['esm.mjs'], project).trim().split(' ')
    expect(esm[0]).toBe('71')
    expect(esm[1]).toBe('3')
    expect(Number(esm[2])).toBeGreaterThan(3)
    expect(esm[3]).toBe('function')
    expect(sh('node', ['cjs.cjs'], project).trim()).toBe('71 true function')
    const table = sh(
      join(project, 'node_modules/.bin/snackplan'),
      ['plan', '--profile', profile, '--days', '1', '--locale', 'en'],
      project,
    )
    expect(table).toContain('Snack plan for anna')

    // The README's snippet as-is, strict and nodenext with exactOptionalPropertyTypes.
    copyFileSync(profile, join(project, 'anna.json'))
    writeFileSync(
      join(project, 'app.ts'),
      `${readmeSnippet()}console.log(plan.days.length, ics.startsWith('BEGIN:VCALENDAR'))\n`,
    )
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          types: ['node'],
        },
        files: ['app.ts'],
      }),
    )
    sh(join(project, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], project)
    expect(sh('node', ['app.js'], project).trim()).toBe('7 true')
  }, 300_000)
})
