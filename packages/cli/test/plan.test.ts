import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { run, tempDir } from './run'

const anna = 'examples/profiles/anna.json'

describe('snackplan plan', () => {
  it('prints a localised week table by default', async () => {
    const { code, out } = await run(['plan', '--profile', anna])
    expect(code).toBe(0)
    expect(out).toMatch(/^Mikroträning för anna · 2026-11-23 – 2026-11-29 · Europe\/Stockholm/)
    expect(out).toContain('Knäböj mot stol · 2 × 45 s')
    expect(out.match(/^(mån|tis|ons|tors|fre|lör|sön) 2026-11-/gm)).toHaveLength(7)
  })

  it('prints reasons, progressions and cues in words, in the plan’s language', async () => {
    const dir = tempDir()
    const lars = JSON.parse(
      readFileSync(new URL('../../../examples/profiles/lars.json', import.meta.url), 'utf8'),
    )
    // Three days of real work that felt easy: from then on, harder variations with 5-10 kg.
    lars.feedback = ['2026-11-23', '2026-11-24', '2026-11-25'].flatMap((date) => [
      { date, exerciseId: 'chair-squat', done: true, effort: 4, plannedEffort: 7 },
      { date, exerciseId: 'band-row', done: true, effort: 4, plannedEffort: 7 },
    ])
    writeFileSync(join(dir, 'lars.json'), JSON.stringify(lars))
    const { code, out } = await run(['plan', '--profile', 'lars.json', '--days', '7'], dir)
    expect(code).toBe(0)
    expect(out).not.toMatch(/\+tempo|\+pause|\+load|trigger:|progression:|after-meal-walk/)
    expect(out).toContain(
      'Progression i dag: højere tempo, pause i bunden, hold en vægt på 5-10 kg',
    )
    expect(out).toMatch(/anstrengelse 7\/10 \(varm, forpustet, korte sætninger\)/)
    expect(out).toContain('Hvorfor: Tidspunkt: Efter måltidet: trapper eller en rask gåtur')
    expect(out).toContain('i dag: Efter hvert toiletbesøg: Squat · 30 s')
  })

  it('prints the plan JSON, deterministic for a seed', async () => {
    const a = await run([
      'plan',
      '--profile',
      anna,
      '--format',
      'json',
      '--seed',
      '7',
      '--days',
      '3',
    ])
    const b = await run([
      'plan',
      '--profile',
      anna,
      '--format',
      'json',
      '--seed',
      '7',
      '--days',
      '3',
    ])
    expect(a.out).toBe(b.out)
    const plan = JSON.parse(a.out)
    expect(plan.days.map((d: { date: string }) => d.date)).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
    ])
  })

  it('writes an .ics file that ical.js reads, with one event per item (and a note for a day of cues only)', async () => {
    const dir = tempDir()
    const { code, err } = await run([
      'plan',
      '--profile',
      anna,
      '--format',
      'ics',
      '--locale',
      'da',
      '--out',
      join(dir, 'week.ics'),
    ])
    expect(code).toBe(0)
    expect(err).toContain('week.ics')
    const text = readFileSync(join(dir, 'week.ics'), 'utf8')
    const json = JSON.parse((await run(['plan', '--profile', anna, '--format', 'json'])).out)
    const days: { snacks: unknown[]; cues: unknown[] }[] = json.days
    const items = days.flatMap((d) => d.snacks).length
    // Anna's day 7 is a rest day with the reflect-and-plan prompt: one short note.
    const notes = days.filter((d) => d.snacks.length === 0 && d.cues.length > 0).length
    expect(notes).toBe(1)
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')
    expect(events).toHaveLength(items + notes)
    expect(text).toContain('TZID:Europe/Stockholm')
  })

  it('fails with the file and JSON path for a bad profile, writing nothing', async () => {
    const dir = tempDir()
    const bad = JSON.parse(
      readFileSync(new URL('../../../examples/profiles/anna.json', import.meta.url), 'utf8'),
    )
    bad.wake = '25:00'
    bad.days.mon.type = 'gym'
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad))
    const { code, err } = await run(
      ['plan', '--profile', 'bad.json', '--format', 'ics', '--out', 'x.ics'],
      dir,
    )
    expect(code).toBe(1)
    expect(err).toContain('error /profile/wake: bad.json:')
    expect(err).toContain('/profile/days/mon/type')
    expect(readdirSync(dir)).toEqual(['bad.json'])
  })

  it('fails on a rule set with paths into the rules file', async () => {
    const dir = tempDir()
    const rules = {
      id: 'mine',
      version: '1',
      rules: [{ name: 'x1', conditions: { all: [] }, event: { type: 'exclude' } }],
    }
    writeFileSync(join(dir, 'rules.json'), JSON.stringify(rules))
    const { code, err } = await run(
      ['plan', '--profile', `${process.cwd()}/${anna}`, '--rules', 'rules.json'],
      dir,
    )
    expect(code).toBe(1)
    expect(err).toContain('/rules/0/conditions/all')
    expect(err).toContain('rules.json:')
  })

  it('adds a rules file to the built-in program', async () => {
    const dir = tempDir()
    const rules = {
      id: 'mine',
      version: '1',
      rules: [
        {
          name: 'morning-stand-up',
          priority: 9,
          conditions: { all: [{ fact: 'day.type', operator: 'equal', value: 'office' }] },
          event: { type: 'slots', params: { times: ['10:15'] } },
        },
      ],
    }
    writeFileSync(join(dir, 'rules.json'), JSON.stringify(rules))
    const { code, out } = await run(
      [
        'plan',
        '--profile',
        `${process.cwd()}/${anna}`,
        '--rules',
        'rules.json',
        '--format',
        'json',
        '--days',
        '1',
      ],
      dir,
    )
    expect(code).toBe(0)
    const [day] = JSON.parse(out).days
    const snacks = day.snacks.filter((s: { type: string }) => s.type === 'snack')
    expect(snacks.map((s: { reasons: string[] }) => s.reasons[0])).toContain(
      'trigger:morning-stand-up',
    )
    expect(snacks[0].reasons).toContain('progression:starter-day-1')
  })

  it('adds a catalog file to the built-in catalog', async () => {
    const dir = tempDir()
    const text = { en: 'Desk dips', sv: 'Dips vid skrivbord', da: 'Dips ved skrivebord' }
    const entry = {
      id: 'desk-dips',
      name: text,
      cues: text,
      safety: text,
      kind: 'strength',
      impact: 'none',
      dose: { unit: 'seconds', min: 20, default: 30, max: 45, perSide: false },
      effort: { min: 5, target: 7, max: 8 },
      settings: ['office'],
      discreet: false,
      equipment: ['desk'],
      loads: ['shoulder', 'elbow', 'wrist'],
      position: 'standing',
      progressions: [],
    }
    writeFileSync(
      join(dir, 'mine.json'),
      JSON.stringify({ id: 'mine', version: '1', exercises: [entry] }),
    )
    const ok = await run(
      ['plan', '--profile', `${process.cwd()}/${anna}`, '--catalog', 'mine.json', '--days', '1'],
      dir,
    )
    expect(ok.code).toBe(0)
    writeFileSync(
      join(dir, 'dup.json'),
      JSON.stringify({ id: 'dup', version: '1', exercises: [{ ...entry, id: 'squat' }] }),
    )
    const dup = await run(
      ['plan', '--profile', `${process.cwd()}/${anna}`, '--catalog', 'dup.json'],
      dir,
    )
    expect(dup.code).toBe(1)
    expect(dup.err).toContain('/exercises/0/id: dup.json: id "squat" already exists')
  })

  it('rejects usage errors with exit 2', async () => {
    for (const argv of [
      ['plan'],
      ['plan', '--profile', anna, '--format', 'pdf'],
      ['plan', '--profile', anna, '--days', '0'],
      ['plan', '--profile', anna, '--bogus'],
      ['plan', '--profile', anna, '--from', '23/11/2026'],
      ['plan', '--profile', anna, '--from', '2026-02-30'],
      ['nope'],
      [],
    ]) {
      expect((await run(argv)).code, argv.join(' ')).toBe(2)
    }
    expect((await run(['--help'])).code).toBe(0)
  })

  it('a missing profile file is invalid input naming the file', async () => {
    const { code, err } = await run(['plan', '--profile', 'nope.json'])
    expect(code).toBe(1)
    expect(err).toContain('nope.json: file not found')
    expect(existsSync('nope.json')).toBe(false)
  })
})
