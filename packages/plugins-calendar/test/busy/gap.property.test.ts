import { formatUtc, offsetMinutesAt, resolveWallClock } from '@snackplan/engine'
import { TEST_ZONES } from '@snackplan/engine/testing'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
// The planner's reading of a profile's busy block, the one to agree with.
import { busySpan } from '../../../engine/src/profile/busy'
import { busyFromICS } from '../../src'
import { calendar, STOCKHOLM, vevent } from '../fixtures/ics'

const DAY = 86_400_000

/** The wall readings each side of every offset change of `zone` in `year` (local fields as UTC ms). */
function changeWalls(zone: string, year: number): number[] {
  const walls: number[] = []
  for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += DAY) {
    const before = offsetMinutesAt(day, zone)
    const after = offsetMinutesAt(day + DAY, zone)
    if (before === after) continue
    // The first second with the new offset, by halving the day.
    let lo = day
    let hi = day + DAY
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000
      if (offsetMinutesAt(mid, zone) === before) lo = mid
      else hi = mid
    }
    walls.push(hi + before * 60_000, hi + after * 60_000)
  }
  return walls
}

const CHANGES = new Map<string, number[]>(
  TEST_ZONES.map((zone) => [zone, [2026, 2027].flatMap((year) => changeWalls(zone, year))]),
)

// `2027-03-28T02:30:00`: a profile's local busy bound; the ICS form drops the punctuation.
const local = (wall: number) => new Date(wall).toISOString().slice(0, 19)
const ics = (wall: number) => local(wall).replace(/[-:]/g, '')

// A wall span in one of `zones`, most near an offset change (in gaps and
// repeats, across them, wholly inside), some anywhere in 2026-2027.
const spanIn = (zones: readonly string[]) =>
  fc.constantFrom(...zones).chain((zone) => {
    const walls = CHANGES.get(zone) ?? []
    const anywhere = fc
      .integer({ min: Date.UTC(2026, 0, 1) / 1000, max: Date.UTC(2028, 0, 1) / 1000 })
      .map((s) => s * 1000)
    const near =
      walls.length === 0
        ? anywhere
        : fc
            .tuple(fc.constantFrom(...walls), fc.integer({ min: -3 * 3600, max: 3 * 3600 }))
            .map(([wall, s]) => wall + s * 1000)
    return fc
      .record({
        start: fc.oneof({ arbitrary: near, weight: 4 }, { arbitrary: anywhere, weight: 1 }),
        seconds: fc.oneof(fc.integer({ min: 1, max: 5400 }), fc.integer({ min: 0, max: 86_400 })),
      })
      .map(({ start, seconds }) => ({ zone, start, end: start + seconds * 1000 }))
  })
const spanArb = spanIn(TEST_ZONES)

// busyFromICS of one event with these wall times, in a window of the days around it.
function fromIcs(start: number, end: number, zone: string, ...vtimezone: string[]) {
  const text = calendar(
    ...vtimezone,
    vevent('e', `DTSTART;TZID=${zone}:${ics(start)}`, `DTEND;TZID=${zone}:${ics(end)}`),
  )
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
  return busyFromICS(text, { from: day(start - 2 * DAY), to: day(end + 2 * DAY), timeZone: 'UTC' })
}

describe('a wall span is one busy interval, from a profile or from an .ics', () => {
  // The profile's busy block for these wall times, as busyFromICS writes it.
  const profileBlock = (start: number, end: number, zone: string) => {
    const span = busySpan(local(start), local(end), zone, '/busy/0')
    expect(span.ordered).toBe(start < end)
    // Never empty when the wall span is not.
    if (start < end) expect(span.end).toBeGreaterThan(span.start)
    return span.end > span.start ? [{ start: formatUtc(span.start), end: formatUtc(span.end) }] : []
  }

  it('busyFromICS of a one-event calendar gives the profile busy block, never empty', () => {
    fc.assert(
      fc.property(spanArb, ({ zone, start, end }) => {
        expect(fromIcs(start, end, zone)).toEqual(profileBlock(start, end, zone))
      }),
      { numRuns: 300 },
    )
  })

  it('and the same through the file VTIMEZONE (Stockholm), fall-back repeats included', () => {
    // ical.js alone would read a repeated time as its second occurrence; the
    // clock of a file's zone reads it as RFC 5545 and the engine do.
    fc.assert(
      fc.property(spanIn(['Europe/Stockholm']), ({ zone, start, end }) => {
        expect(fromIcs(start, end, zone, STOCKHOLM)).toEqual(profileBlock(start, end, zone))
      }),
      { numRuns: 200 },
    )
  })

  it('draws spans in gaps and repeats: the generator can tell the readings apart', () => {
    // Were no bound ever in a gap, the properties above could not fail.
    const inGap = fc.sample(spanArb, 300).filter(({ zone, start }) => {
      return resolveWallClock(start, zone).status === 'gap'
    })
    expect(inGap.length).toBeGreaterThan(10)
    const repeated = fc.sample(spanIn(['Europe/Stockholm']), 200).filter(({ zone, start }) => {
      return resolveWallClock(start, zone).status === 'repeated'
    })
    expect(repeated.length).toBeGreaterThan(5)
  })
})
