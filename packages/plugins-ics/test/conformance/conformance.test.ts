import type { CalendarEvent } from '@snackplan/plugins-calendar'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { toICS } from '../../src/ics'
import { arbitraryEvents } from '../ics/arbitraries'
import { byUid, expectedEvents } from '../ics/expected'
import { fixtures } from '../ics/fixtures'
import { sampleCalendars } from '../samples/plans'
import {
  assertCheckersInstalled,
  type BatchResult,
  buildLibicalChecker,
  type CheckedVEvent,
  runCheckers,
} from './harness'

// Fixtures in both time modes plus a batch of generated hostile calendars, all
// checked in one run of each checker.
const calendars = new Map<string, CalendarEvent[]>()
for (const [locale, events] of Object.entries(fixtures)) calendars.set(`fixture-${locale}`, events)
const seed = fc.readConfigureGlobal().seed ?? 1
fc.sample(arbitraryEvents, { numRuns: 60, seed }).forEach((events, i) => {
  calendars.set(`generated-${i}`, events)
})

// The sample profiles' real plans too: what `pnpm start` writes must pass.
for (const [name, events] of await sampleCalendars()) calendars.set(`sample-${name}`, events)

const texts: Record<string, string> = {}
for (const [name, events] of calendars) {
  texts[`${name}-local`] = toICS(events, { times: 'local', description: 'Övningar, pauser; 5 min' })
  texts[`${name}-utc`] = toICS(events, { times: 'utc' })
}

const inSeconds = (events: readonly CalendarEvent[]): CheckedVEvent[] =>
  expectedEvents(events).map((e) => ({ ...e, start: e.start / 1000, end: e.end / 1000 }))

const eventsOf = (file: string): CalendarEvent[] => {
  const name = file.replace(/^.*\//, '').replace(/-(local|utc)\.ics$/, '')
  return calendars.get(name)!
}

const instants = ({ uid, start, end }: CheckedVEvent) => ({ uid, start, end })

let result: BatchResult

describe('conformance checkers (python3-icalendar, python3-vobject, libical)', () => {
  beforeAll(() => {
    assertCheckersInstalled()
    result = runCheckers(buildLibicalChecker(), texts)
  })

  it(`accept all ${Object.keys(texts).length} calendars without errors`, () => {
    const errors = result.python.filter((r) => r.errors.length > 0)
    expect(errors.map((r) => `${r.file}: ${r.errors.join('; ')}`)).toEqual([])
    expect(result.python).toHaveLength(Object.keys(texts).length)
    expect(result.pythonExit).toBe(0)
    expect(result.libicalStderr).toBe('')
    expect(result.libicalExit).toBe(0)
  })

  it('python3-icalendar and python3-vobject read back the same events and instants', () => {
    for (const r of result.python) {
      const want = inSeconds(eventsOf(r.file))
      // python3-icalendar 4.0.3 unescapes with an ordered replace chain (`\n`
      // before `\\`, like node-ical), so text with a literal backslash before
      // n, N, ; or , is checked by vobject, libical and ical.js only.
      const got = [...r.icalendar].sort(byUid)
      expect(got.map(instants), `icalendar ${r.file}`).toEqual(want.map(instants))
      want.forEach((w, i) => {
        for (const key of ['summary', 'description'] as const) {
          if (!/\\[nN;,]/.test(w[key])) expect(got[i]![key], `icalendar ${r.file}`).toBe(w[key])
        }
      })
      expect([...r.vobject].sort(byUid), `vobject ${r.file}`).toEqual(want)
    }
  })

  it('libical reads back the same events and instants through the VTIMEZONEs', () => {
    const byFile = new Map<string, CheckedVEvent[]>()
    for (const { file, ...ev } of result.libical)
      byFile.set(file, [...(byFile.get(file) ?? []), ev])
    expect(byFile.size).toBe(Object.keys(texts).length)
    for (const [file, events] of byFile) {
      expect(events.sort(byUid), `libical ${file}`).toEqual(inSeconds(eventsOf(file)))
    }
  })
})
