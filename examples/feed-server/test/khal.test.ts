import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPlanner, type Profile } from '@snackplan/engine'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FeedServer, startFeedServer } from '../src/feed-server'

// A real calendar client reads the feed: the server is fetched over HTTP as a
// subscription would, and khal (Debian's console calendar) imports it and
// lists the snacks in its own time zone.
const profiles = join(import.meta.dirname, '../../profiles')
const planner = createPlanner()
let feed: FeedServer

beforeAll(async () => {
  feed = await startFeedServer({
    profilesDir: profiles,
    planner,
    port: 0,
    feed: { now: () => new Date('2026-11-23T06:00:00Z'), window: { pastDays: 0, futureDays: 6 } },
  })
})
afterAll(async () => feed?.close())

function khal(config: string, ...args: string[]): string {
  const run = spawnSync('khal', ['-c', config, ...args], { encoding: 'utf8' })
  if (run.error) throw new Error('khal is not installed: apt-get install -y khal')
  expect(run.stderr).not.toMatch(/error|warning|skipp/i)
  expect(run.status).toBe(0)
  return run.stdout
}

describe('khal subscribed to examples/feed-server', () => {
  it('imports the feed and lists each snack at the right local time in another zone', async () => {
    const body = await (await fetch(`${feed.url}/anna.ics`)).text()
    const dir = mkdtempSync(join(tmpdir(), 'snackplan-khal-'))
    writeFileSync(join(dir, 'anna.ics'), body)
    mkdirSync(join(dir, 'cal'))
    const config = join(dir, 'config')
    writeFileSync(
      config,
      `[calendars]\n[[snacks]]\npath = ${join(dir, 'cal')}\n[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\ndatetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\nlocal_timezone = America/New_York\ndefault_timezone = America/New_York\n`,
    )
    khal(config, 'import', '--batch', '-a', 'snacks', join(dir, 'anna.ics'))
    const listed = khal(
      config,
      'list',
      '--format',
      '{start-date} {start-time} {title}',
      '--day-format',
      '',
      '2026-11-22',
      '9d',
    )
      .split('\n')
      .filter((l) => l.trim() !== '')

    const profile = JSON.parse(readFileSync(join(profiles, 'anna.json'), 'utf8')) as Profile
    const plan = await planner.plan({ profile, from: '2026-11-23', days: 7 })
    const ny = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'America/New_York',
      dateStyle: 'short',
      timeStyle: 'short',
    })
    // A day with cues and nothing timed (Anna's rest day 7) shows as one note at wake.
    const starts = (d: (typeof plan.days)[number]) =>
      d.snacks.length === 0 && d.cues?.length && d.awake
        ? [d.awake.start]
        : d.snacks.map((s) => s.start)
    const expected = plan.days.flatMap((d) => starts(d).map((s) => ny.format(new Date(s))))
    expect(listed.map((l) => l.slice(0, 16))).toEqual(expected)
    expect(listed[0]).toMatch(/^2026-11-23 03:00 /)
    expect(listed.length).toBeGreaterThan(10)
  })
})
