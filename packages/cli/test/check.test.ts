import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { testRuleSet } from '@snackplan/engine/testing'
import { describe, expect, it } from 'vitest'
import { ROOT, run, tempDir } from './run'

describe('snackplan check', () => {
  it('accepts the sample profiles and the built-in rule and catalog documents', async () => {
    const { code, out } = await run([
      'check',
      'examples/profiles/anna.json',
      'examples/profiles/lars.json',
      'examples/profiles/sam.json',
    ])
    expect(code).toBe(0)
    expect(out.trim().split('\n')).toEqual([
      'examples/profiles/anna.json: ok (profile)',
      'examples/profiles/lars.json: ok (profile)',
      'examples/profiles/sam.json: ok (profile)',
    ])
  })

  it('lists every error with file, JSON path and code, and exits 1', async () => {
    const dir = tempDir()
    writeFileSync(
      join(dir, 'cat.json'),
      JSON.stringify({ id: 'c1', version: '1', exercises: [{ id: 'Bad Id' }] }),
    )
    writeFileSync(
      join(dir, 'rules.json'),
      JSON.stringify({
        id: 'r1',
        version: '1',
        rules: [
          {
            name: 'r',
            conditions: { all: [{ fact: 'profile.level', operator: 'contains', value: 'x' }] },
            event: { type: 'exclude' },
          },
        ],
      }),
    )
    writeFileSync(join(dir, 'what.json'), '[1, 2]')
    writeFileSync(join(dir, 'broken.json'), '{')
    const { code, err } = await run(
      ['check', 'cat.json', 'rules.json', 'what.json', 'broken.json'],
      dir,
    )
    expect(code).toBe(1)
    expect(err).toContain('cat.json: error /exercises/0/id: must match')
    expect(err).toContain('rules.json: error /rules/0/conditions/all/0/operator: must be one of')
    expect(err).toContain('what.json: error /: not a profile, rule set or catalog')
    expect(err).toContain('broken.json: not valid JSON')
  })

  it('reads a file saved with a byte order mark, and says where broken JSON breaks', async () => {
    const dir = tempDir()
    const anna = readFileSync(join(ROOT, 'examples/profiles/anna.json'), 'utf8')
    writeFileSync(join(dir, 'bom.json'), `\uFEFF${anna}`)
    writeFileSync(join(dir, 'comma.json'), '{\n  "id": "anna",\n  "locale": "sv",\n}\n')
    const { code, out, err } = await run(['check', 'bom.json', 'comma.json'], dir)
    expect(code).toBe(1)
    expect(out).toBe('bom.json: ok (profile)\n')
    expect(err).toBe(
      'comma.json: not valid JSON at line 4, column 1: expected a property name in double quotes, found "}"\n',
    )
  })

  it('needs a file', async () => {
    expect((await run(['check'])).code).toBe(2)
  })
})

describe('snackplan serve', () => {
  it('names a folder it cannot read, in one line, with exit 1', async () => {
    const { code, err } = await run(['serve', '--profiles', 'no/such/folder'])
    expect(code).toBe(1)
    expect(err.trim()).toBe(
      'error /: no/such/folder: not a folder that can be read [file/unreadable]',
    )
  })
})

describe('snackplan test-rules', () => {
  it('property-tests a custom rule set on top of the built-in program', async () => {
    const dir = tempDir()
    const good = {
      id: 'mine',
      version: '1',
      rules: [
        {
          name: 'more-on-mondays',
          conditions: { all: [{ fact: 'day.weekday', operator: 'equal', value: 'mon' }] },
          event: { type: 'targets', params: { snacks: 4 } },
        },
      ],
    }
    writeFileSync(join(dir, 'good.json'), JSON.stringify(good))
    const ok = await run(['test-rules', 'good.json', '--runs', '5', '--seed', '3'], dir)
    expect(ok.err).toBe('')
    expect(ok.code).toBe(0)
    expect(ok.out).toMatch(
      /5 random profiles, [1-9][0-9]* snacks and [0-9]+ pauses or sessions, every invariant held \(seed 3\)/,
    )
  })

  it('gives the same verdict as testRuleSet for the same file and seed', async () => {
    const dir = tempDir()
    const noTriggers = {
      id: 'bounds-only',
      version: '1',
      rules: [
        {
          name: 'short',
          conditions: { all: [{ fact: 'profile.level', operator: 'notEqual', value: 'advanced' }] },
          event: { type: 'bounds', params: { snackSec: { min: 20, max: 60 } } },
        },
      ],
    }
    writeFileSync(join(dir, 'bounds.json'), JSON.stringify(noTriggers))
    const cli = await run(['test-rules', 'bounds.json', '--runs', '4', '--seed', '2'], dir)
    const report = await testRuleSet(noTriggers, { runs: 4, seed: 2 })
    expect(cli.code).toBe(0)
    expect(report.ok).toBe(true)
    expect(cli.out).toContain(
      `4 random profiles, ${report.snacks} snacks and ${report.items - report.snacks} pauses or sessions, every invariant held`,
    )
  })

  it('fails when not one snack was planned, since nothing was checked', async () => {
    const dir = tempDir()
    const quiet = {
      id: 'quiet',
      version: '1',
      rules: [
        {
          name: 'no-snacks',
          priority: 100,
          conditions: {
            any: [
              { fact: 'profile.discreet', operator: 'equal', value: true },
              { fact: 'profile.discreet', operator: 'equal', value: false },
            ],
          },
          event: { type: 'bounds', params: { maxSnacks: 0 } },
        },
      ],
    }
    writeFileSync(join(dir, 'quiet.json'), JSON.stringify(quiet))
    const { code, out, err } = await run(['test-rules', 'quiet.json', '--runs', '3'], dir)
    expect(code).toBe(1)
    expect(out).toBe('')
    expect(err).toContain('quiet.json: 3 random profiles and not one exercise snack planned')
  })

  it('needs exactly one file and whole-number flags', async () => {
    expect((await run(['test-rules'])).code).toBe(2)
    expect((await run(['test-rules', 'a.json', '--runs', 'many'])).code).toBe(2)
  })
})
