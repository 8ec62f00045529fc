import { DAY_MS, type SpanEnd, wallSpanBound } from '@snackplan/engine'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clockOf, wallOf } from '../../src/busy/clock'
import { ICAL, type Time } from '../../src/busy/ical'
import { parseCalendars } from '../../src/busy/parse'
import type { WallTime } from '../../src/time/zone'
import { calendar, STOCKHOLM, vevent } from '../fixtures/ics'

type Zone = NonNullable<Time['zone']>
/** One change of a VTIMEZONE as ical.js lists them: UTC fields, the offsets after and before it (s). */
type ChangeRow = WallTime & { utcOffset: number; prevUtcOffset: number }

// Two zones of the test zones with shifts that are not whole hours, in the
// RRULE form calendar apps write (their rules since 2008 and 2007).
const LORD_HOWE = [
  'BEGIN:VTIMEZONE',
  'TZID:Australia/Lord_Howe',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+1030',
  'TZOFFSETTO:+1100',
  'DTSTART:19701004T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+1100',
  'TZOFFSETTO:+1030',
  'DTSTART:19700405T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n')

const CHATHAM = [
  'BEGIN:VTIMEZONE',
  'TZID:Pacific/Chatham',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+1245',
  'TZOFFSETTO:+1345',
  'DTSTART:19700927T024500',
  'RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+1345',
  'TZOFFSETTO:+1245',
  'DTSTART:19700405T034500',
  'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n')

const ZONES = [
  { name: 'Europe/Stockholm', text: STOCKHOLM },
  { name: 'Australia/Lord_Howe', text: LORD_HOWE },
  { name: 'Pacific/Chatham', text: CHATHAM },
]

/** A fresh ical.js zone from the VTIMEZONE text, with an event's start in it, as busyFromICS reads it. */
function parsed(name: string, text: string) {
  const [cal] = parseCalendars(
    calendar(text, vevent('z', `DTSTART;TZID=${name}:20260101T090000`)),
    1_000_000,
  )
  const start = new ICAL.Event(cal!.getFirstSubcomponent('vevent')!).startDate
  return { start, zone: start.zone as Zone }
}

// The plain path: the VTIMEZONE clock as it was before it read spans with
// the engine's spanBound. Its table took the year from a Date on every
// call and was rebuilt from ical.js's list for every new year.
function plainOffsets(zone: Zone) {
  let until = Number.NEGATIVE_INFINITY
  let table: { at: number; offsetMs: number }[] = []
  return (epochMs: number): number => {
    const year = new Date(epochMs).getUTCFullYear() + 1
    if (year > until) {
      zone._ensureCoverage(year)
      table = (zone.changes as ChangeRow[]).map((c) => ({
        at: wallOf({ ...c, isDate: false }),
        offsetMs: c.utcOffset * 1000,
      }))
      until = year
    }
    let last: number | undefined
    for (const row of table) if (row.at <= epochMs) last = row.offsetMs
    return last ?? 0
  }
}

// Its own copy of the span reading: offsets a day either side, the earlier
// and the later reading, which of them shows.
function plainToEpoch(offsetAt: (ms: number) => number, wallMs: number, end: SpanEnd): number {
  const shows = (epochMs: number) => epochMs + offsetAt(epochMs) === wallMs
  const before = offsetAt(wallMs - DAY_MS)
  const after = offsetAt(wallMs + DAY_MS)
  if (before === after) return wallMs - before
  const early = wallMs - Math.max(before, after)
  const late = wallMs - Math.min(before, after)
  if (shows(early)) return early
  if (shows(late)) return late
  return end === 'end' ? late : early
}

// Wall readings within two hours of each change of 2024-2028 in the zone
// (on either offset), from ical.js's own list of the zone's changes.
function changeWalls(name: string, text: string): number[] {
  const { zone } = parsed(name, text)
  zone._ensureCoverage(2029)
  const walls: number[] = []
  for (const c of zone.changes as ChangeRow[]) {
    if (c.year < 2024 || c.year > 2028) continue
    const at = wallOf({ ...c, isDate: false })
    walls.push(at + c.prevUtcOffset * 1000, at + c.utcOffset * 1000)
  }
  return walls
}

const anywhere = (fromYear: number, toYear: number) =>
  fc
    .integer({ min: Date.UTC(fromYear, 0, 1) / 1000, max: Date.UTC(toYear, 0, 1) / 1000 })
    .map((s) => s * 1000)

/** A zone of ZONES and times in it: most within two hours of a change of 2024-2028, some in `fromYear`..`toYear`. */
const zoneAndTimes = (fromYear: number, toYear: number) =>
  fc.constantFrom(...ZONES).chain((z) => {
    const near = fc
      .tuple(fc.constantFrom(...changeWalls(z.name, z.text)), fc.integer({ min: -7200, max: 7200 }))
      .map(([wall, s]) => wall + s * 1000)
    const time = fc.oneof(
      { arbitrary: near, weight: 3 },
      { arbitrary: anywhere(fromYear, toYear), weight: 1 },
    )
    return fc.record({
      zone: fc.constant(z),
      times: fc.array(time, { minLength: 1, maxLength: 30 }),
    })
  })

describe('the VTIMEZONE clock reads spans with the engine and its table without a Date', () => {
  it('gives what its own copy of the reading and the table rebuilt every year gave, in any order', () => {
    fc.assert(
      fc.property(zoneAndTimes(1900, 2100), ({ zone: z, times }) => {
        // Fresh zones, so the order of the times is the order each table grows in.
        const clock = clockOf(parsed(z.name, z.text).start, z.name, 'UTC')
        const plain = plainOffsets(parsed(z.name, z.text).zone)
        for (const t of times) {
          const at = `${z.name} ${new Date(t).toISOString()}`
          expect(clock.toWall(t), at).toBe(t + plain(t))
          for (const end of ['start', 'end'] as const) {
            expect(clock.toEpoch(t, end), `${at} ${end}`).toBe(plainToEpoch(plain, t, end))
          }
        }
      }),
    )
  })

  it('reads half- and three-quarter-hour shifts as wallSpanBound reads the zone by name', () => {
    fc.assert(
      fc.property(zoneAndTimes(2024, 2029), ({ zone: z, times }) => {
        const clock = clockOf(parsed(z.name, z.text).start, z.name, 'UTC')
        for (const wall of times) {
          for (const end of ['start', 'end'] as const) {
            expect(
              clock.toEpoch(wall, end),
              `${z.name} ${new Date(wall).toISOString()} ${end}`,
            ).toBe(wallSpanBound(wall, end, z.name))
          }
        }
      }),
    )
  })
})
