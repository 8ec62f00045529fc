import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, tempDir } from './run'

const PACKAGES = ['catalog', 'engine', 'plugins-calendar', 'plugins-ics', 'cli']
const sh = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

// What a user gets from npm: the packed tarballs installed into an empty
// project, imported from ESM and from CJS, and the bin run.
describe('packed tarballs', () => {
  it('install into a scratch project and work from ESM, CJS and the bin', () => {
    const dir = tempDir()
    const tarballs = join(dir, 'tarballs')
    mkdirSync(tarballs)
    for (const p of PACKAGES) {
      const pkg = join(ROOT, 'packages', p)
      if (!existsSync(join(pkg, 'dist'))) sh('pnpm', ['run', 'build'], pkg)
      sh('pnpm', ['pack', '--pack-destination', tarballs], pkg)
    }
    const project = join(dir, 'app')
    mkdirSync(project)
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', private: true }))
    const files = readdirSync(tarballs).map((f) => join(tarballs, f))
    // fast-check is an optional peer dependency, needed only for @snackplan/engine/testing.
    sh(
      'npm',
      ['install', '--no-audit', '--no-fund', '--loglevel=error', ...files, 'fast-check@4'],
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
  }, 240_000)
})
