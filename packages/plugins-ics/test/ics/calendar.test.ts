import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { isSnackplanError } from '@snackplan/catalog'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toICS } from '../../src/ics'
import { arbitraryEvents } from './arbitraries'
import { da, en, sv } from './fixtures'

const lines = (ics: string): string[] => ics.split('\r\n').slice(0, -1)

function thrown(fn: () => unknown): { code: string; path: string; message: string } {
  try {
    fn()
  } catch (e) {
    if (isSnackplanError(e)) return { code: e.code, path: e.path, message: e.message }
    throw e
  }
  throw new Error('did not throw')
}

describe('toICS calendar', () => {
  it('writes the VCALENDAR properties of RFC 5545 and 7986, and no METHOD', () => {
    const out = lines(toICS(sv, { name: 'Snacks', description: 'Mikroträning', refreshHours: 6 }))
    expect(out.slice(0, 13)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      expect.stringMatching(/^PRODID:-\/\/snackplan\/\/snackplan \d+\.\d+\.\d+\/\/EN$/),
      'CALSCALE:GREGORIAN',
      'NAME:Snacks',
      'X-WR-CALNAME:Snacks',
      'DESCRIPTION:Mikroträning',
      'X-WR-CALDESC:Mikroträning',
      'X-WR-TIMEZONE:Europe/Stockholm',
      'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
      'X-PUBLISHED-TTL:PT6H',
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Stockholm',
    ])
    expect(out.at(-1)).toBe('END:VCALENDAR')
    expect(out.some((l) => l.startsWith('METHOD'))).toBe(false)
  })

  it('is byte-identical for the same input and never starts with a BOM', () => {
    fc.assert(
      fc.property(arbitraryEvents, (events) => {
        const a = toICS(events)
        expect(toICS(structuredClone(events))).toBe(a)
        expect(a.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
        expect(a.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
        for (const l of lines(a)) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75)
      }),
      { numRuns: 30 },
    )
  })

  it('gives the same bytes whatever the host time zone', () => {
    const script = fileURLToPath(new URL('./print-fixtures.ts', import.meta.url))
    const run = (tz: string): string =>
      execFileSync(
        process.execPath,
        ['--conditions=@snackplan/source', '--import', 'tsx', script],
        {
          env: { ...process.env, TZ: tz },
          encoding: 'utf8',
        },
      )
    const utc = run('UTC')
    expect(utc).toBe(toICS([...sv, ...da, ...en]))
    expect(run('America/Los_Angeles')).toBe(utc)
    expect(run('Europe/Stockholm')).toBe(utc)
  })

  it('writes events with TZID by default and in UTC with times: utc', () => {
    const local = toICS(sv.slice(0, 1))
    expect(local).toContain('DTSTART;TZID=Europe/Stockholm:20261123T093000\r\n')
    expect(local).toContain('DTEND;TZID=Europe/Stockholm:20261123T093500\r\n')
    const utc = toICS(sv.slice(0, 1), { times: 'utc' })
    expect(utc).toContain('DTSTART:20261123T083000Z\r\nDTEND:20261123T083500Z\r\n')
    expect(utc).not.toContain('VTIMEZONE')
  })

  it('writes an instant in the repeated autumn hour in UTC, as RFC 5545 reads local times as the first', () => {
    const out = toICS(sv)
    // 2026-10-25T00:30Z is 02:30 CEST (first 02:30) and 2026-10-25T01:30Z is 02:30 CET (second).
    expect(out).toContain('DTSTART:20261025T003000Z\r\n')
    expect(out).toContain('DTSTART;TZID=Europe/Stockholm:20260329T090000\r\n')
  })

  it('writes DTSTAMP from the stamp, SEQUENCE, escaped CATEGORIES, TRANSP and VALARM', () => {
    const event = { ...sv[0]!, sequence: 3, categories: ['a,b', 'c;d', ' '] }
    const out = lines(toICS([event]))
    expect(out).toContain('DTSTAMP:20261122T000000Z')
    expect(out).toContain('SEQUENCE:3')
    expect(out).toContain('CATEGORIES:a\\,b,c\\;d')
    expect(out).toContain('TRANSP:TRANSPARENT')
    const alarm = out.slice(out.indexOf('BEGIN:VALARM'), out.indexOf('END:VALARM') + 1)
    expect(alarm).toEqual([
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Dags för ett träningssnack: knäböj mot stol',
      'TRIGGER:-PT5M',
      'END:VALARM',
    ])
    expect(toICS([event], { transparency: 'opaque' })).toContain('TRANSP:OPAQUE\r\n')
    expect(toICS([event], { alarms: false })).not.toContain('VALARM')
  })

  it('writes one VTIMEZONE per zone in use, sorted by TZID', () => {
    const out = toICS([...sv, ...da, ...en])
    expect(out.match(/^TZID:.*$/gm)).toEqual([
      'TZID:America/New_York',
      'TZID:Europe/Copenhagen',
      'TZID:Europe/Stockholm',
    ])
    expect(out).not.toContain('X-WR-TIMEZONE')
    expect(toICS([...sv, ...da], { timeZone: 'Europe/Oslo' })).toContain(
      'X-WR-TIMEZONE:Europe/Oslo\r\n',
    )
  })

  it('refuses bad input with a SnackplanError naming the field', () => {
    const e = sv[0]!
    expect(thrown(() => toICS([{ ...e, end: e.start }]))).toMatchObject({
      code: 'ics/end-before-start',
      path: '/0/end',
      message: expect.stringMatching(/^\[snackplan\] \[ics\] \/0\/end: end .* must be after start/),
    })
    expect(thrown(() => toICS([e, { ...e, timeZone: 'Mars/Olympus' }]))).toMatchObject({
      code: 'ics/unknown-time-zone',
      path: '/1/timeZone',
    })
    expect(thrown(() => toICS([{ ...e, start: '2026-11-23 08:30' }])).code).toBe(
      'ics/invalid-instant',
    )
    expect(thrown(() => toICS([{ ...e, start: '2026-02-30T08:30:00Z' }])).code).toBe(
      'ics/invalid-instant',
    )
    expect(thrown(() => toICS([{ ...e, start: '2026-11-23T08:30:00.500Z' }])).code).toBe(
      'ics/invalid-instant',
    )
    expect(thrown(() => toICS([{ ...e, sequence: -1 }])).path).toBe('/0/sequence')
    expect(thrown(() => toICS([e, e])).code).toBe('ics/duplicate-uid')
    expect(thrown(() => toICS([e], { refreshHours: 0 })).path).toBe('/refreshHours')
    expect(thrown(() => toICS([e], { times: 'floating' as 'utc' })).path).toBe('/times')
    expect(thrown(() => toICS([e], { timeZone: 'Nowhere' })).code).toBe('ics/unknown-time-zone')
  })

  it('accepts an empty list as a valid empty calendar', () => {
    const out = lines(toICS([]))
    expect(out[0]).toBe('BEGIN:VCALENDAR')
    expect(out.at(-1)).toBe('END:VCALENDAR')
    expect(out.join('\n')).not.toMatch(/VEVENT|VTIMEZONE|X-WR-TIMEZONE/)
  })
})

describe('toICS bounds', () => {
  const base = en[0]!
  const codeOf = (event: typeof base) => {
    try {
      toICS([event])
    } catch (e) {
      return isSnackplanError(e) ? `${e.code} ${e.path}` : String(e)
    }
    return 'ok'
  }

  it('refuses SEQUENCE beyond a 32-bit INTEGER, far alarms and far-off years', () => {
    expect(codeOf({ ...base, sequence: 2 ** 31 - 1 })).toBe('ok')
    expect(codeOf({ ...base, sequence: 2 ** 31 })).toBe('ics/invalid-number /0/sequence')
    expect(codeOf({ ...base, sequence: 1e300 })).toBe('ics/invalid-number /0/sequence')
    expect(codeOf({ ...base, alarms: [{ minutesBefore: 1e12, description: 'x' }] })).toBe(
      'ics/invalid-number /0/alarms/0/minutesBefore',
    )
    expect(codeOf({ ...base, start: '1000-01-01T08:00:00Z', end: '1000-01-01T08:05:00Z' })).toBe(
      'ics/invalid-instant /0/start',
    )
    expect(codeOf({ ...base, start: '2999-01-01T08:00:00Z', end: '2999-01-01T08:05:00Z' })).toBe(
      'ics/invalid-instant /0/start',
    )
  })
})
