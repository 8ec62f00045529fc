import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { isAmbiguousWall } from '../../src/ics/local-time'
import { offsetMinutesAt } from '../../src/ics/offset'
import { findTransitions } from '../../src/ics/transitions'
import { coveredSpan, vtimezone } from '../../src/ics/vtimezone'

const HOUR = 3_600_000

function icalZone(lines: string[]): ICAL.Timezone {
  const text = `BEGIN:VCALENDAR\r\n${lines.join('\r\n')}\r\nEND:VCALENDAR\r\n`
  const cal = new ICAL.Component(ICAL.parse(text))
  return new ICAL.Timezone(cal.getFirstSubcomponent('vtimezone')!)
}

// ical.js reads the VTIMEZONE on its own (its RRULE expansion, not ours) and
// must give the Intl offset at every wall-clock time we could write.
function checkAgainstIntl(zone: string, from: number, to: number): number {
  const tz = icalZone(vtimezone(zone, from, to))
  const probes: number[] = []
  for (let t = from; t <= to; t += 3 * HOUR) probes.push(t)
  for (const tr of findTransitions(zone, from, to)) probes.push(tr.at - 1000, tr.at, tr.at + 1000)
  let checked = 0
  for (const ms of probes) {
    if (isAmbiguousWall(ms, zone)) continue
    const offset = offsetMinutesAt(ms, zone)
    const wall = new Date(ms + offset * 60_000)
    const t = new ICAL.Time(
      {
        year: wall.getUTCFullYear(),
        month: wall.getUTCMonth() + 1,
        day: wall.getUTCDate(),
        hour: wall.getUTCHours(),
        minute: wall.getUTCMinutes(),
        second: wall.getUTCSeconds(),
        isDate: false,
      },
      tz,
    )
    if (tz.utcOffset(t) !== offset * 60) {
      throw new Error(
        `${zone} at ${wall.toISOString()}: ical.js ${tz.utcOffset(t)}s, Intl ${offset}min`,
      )
    }
    checked++
  }
  return checked
}

const text = (zone: string, from: string, to: string): string =>
  vtimezone(zone, Date.parse(from), Date.parse(to)).join('\n')

describe('vtimezone', () => {
  it.each([
    ['Europe/Stockholm', '2026-01-01', '2027-12-31'],
    ['Europe/Copenhagen', '2026-01-01', '2027-12-31'],
    ['Europe/Helsinki', '2026-01-01', '2027-12-31'],
    ['Atlantic/Reykjavik', '2026-01-01', '2027-12-31'],
    ['America/New_York', '2026-01-01', '2027-12-31'],
    ['Asia/Kolkata', '2026-01-01', '2027-12-31'],
    ['Pacific/Chatham', '2026-01-01', '2027-12-31'],
    ['Australia/Lord_Howe', '2026-01-01', '2027-12-31'],
    ['Australia/Sydney', '2026-01-01', '2027-12-31'],
    ['America/Santiago', '2026-01-01', '2027-12-31'],
    ['Africa/Casablanca', '2026-01-01', '2027-12-31'],
    ['Europe/Moscow', '2010-06-01', '2014-12-31'],
    ['America/Sao_Paulo', '2018-06-01', '2020-12-31'],
    ['Asia/Tehran', '2020-01-01', '2023-12-31'],
  ])('%s gives the Intl offset at every time from %s to %s, read by ical.js', (zone, a, b) => {
    expect(checkAgainstIntl(zone, Date.parse(a), Date.parse(b))).toBeGreaterThan(4000)
  })

  it('keeps the Nordic TZIDs, never Europe/Berlin', () => {
    for (const zone of [
      'Europe/Stockholm',
      'Europe/Copenhagen',
      'Europe/Oslo',
      'Europe/Helsinki',
    ]) {
      const out = text(zone, '2026-11-23T08:30:00Z', '2026-11-29T08:30:00Z')
      expect(out).toContain(`TZID:${zone}\n`)
      expect(out).not.toContain('Berlin')
    }
  })

  it('writes the EU rule as last Sunday of March and October', () => {
    const out = text('Europe/Stockholm', '2026-11-23T08:30:00Z', '2026-11-29T08:30:00Z')
    expect(out).toBe(
      [
        'BEGIN:VTIMEZONE',
        'TZID:Europe/Stockholm',
        'BEGIN:DAYLIGHT',
        'DTSTART:20250330T020000',
        'TZOFFSETFROM:+0100',
        'TZOFFSETTO:+0200',
        'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
        'END:DAYLIGHT',
        'BEGIN:STANDARD',
        'DTSTART:20251026T030000',
        'TZOFFSETFROM:+0200',
        'TZOFFSETTO:+0100',
        'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
        'END:STANDARD',
        'END:VTIMEZONE',
      ].join('\n'),
    )
  })

  it('writes US, southern-hemisphere, 45-minute and 30-minute rules', () => {
    const ny = text('America/New_York', '2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z')
    expect(ny).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU')
    expect(ny).toContain('RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU')
    const syd = text('Australia/Sydney', '2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z')
    expect(syd).toMatch(
      /BEGIN:DAYLIGHT\nDTSTART:20251005T020000\nTZOFFSETFROM:\+1000\nTZOFFSETTO:\+1100\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU/,
    )
    expect(syd).toMatch(
      /BEGIN:STANDARD\nDTSTART:20250406T030000\nTZOFFSETFROM:\+1100\nTZOFFSETTO:\+1000\nRRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU/,
    )
    const chatham = text('Pacific/Chatham', '2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z')
    expect(chatham).toContain(
      'TZOFFSETFROM:+1245\nTZOFFSETTO:+1345\nRRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU',
    )
    const lhi = text('Australia/Lord_Howe', '2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z')
    expect(lhi).toContain(
      'TZOFFSETFROM:+1030\nTZOFFSETTO:+1100\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU',
    )
    expect(lhi).toContain(
      'TZOFFSETFROM:+1100\nTZOFFSETTO:+1030\nRRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU',
    )
  })

  it('gives a zone without DST one STANDARD block', () => {
    for (const [zone, offset] of [
      ['Asia/Kolkata', '+0530'],
      ['Atlantic/Reykjavik', '+0000'],
    ] as const) {
      const out = text(zone, '2026-11-23T08:30:00Z', '2026-11-29T08:30:00Z')
      expect(out.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual(['BEGIN:STANDARD'])
      expect(out).toContain(`TZOFFSETFROM:${offset}\nTZOFFSETTO:${offset}`)
      expect(out).not.toContain('RRULE')
    }
  })

  it('ends a rule with UNTIL when DST is abolished and lists irregular changes as RDATEs', () => {
    const sp = text('America/Sao_Paulo', '2019-06-01T00:00:00Z', '2020-06-01T00:00:00Z')
    expect(sp).toMatch(/RRULE:FREQ=YEARLY;BYMONTH=2;BYDAY=-?\d+SU;UNTIL=\d{8}T\d{6}Z/)
    // Moscow: DST until March 2011, then +04 all year, back to +03 in October 2014.
    const msk = text('Europe/Moscow', '2011-06-01T00:00:00Z', '2014-12-01T00:00:00Z')
    expect(msk).toContain('RDATE:20141026T020000')
  })

  it('covers the year before the first event, so the change before it is included', () => {
    expect(
      coveredSpan(Date.parse('2026-01-03T00:00:00Z'), Date.parse('2026-02-01T00:00:00Z')),
    ).toEqual({
      startMs: Date.parse('2025-01-01T00:00:00Z'),
      endMs: Date.parse('2027-01-02T00:00:00Z'),
    })
  })
})
