import { resolveWallClock, wallSpanBound } from '@snackplan/engine'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clockOf, wallOf } from '../../src/busy/clock'
import { ICAL, type Time } from '../../src/busy/ical'
import { parseCalendars } from '../../src/busy/parse'
import { calendar, STOCKHOLM, vevent } from '../fixtures/ics'

const HOUR = 3_600_000

/** The ical.js time of a wall clock (ms on a UTC calendar) in `zone`. */
function timeAt(wallMs: number, zone: Time['zone'] | undefined, isDate = false): Time {
  const d = new Date(wallMs)
  return ICAL.Time.fromData(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      isDate,
    },
    zone,
  )
}

// The zone ical.js builds from the file's VTIMEZONE, as busyFromICS reads it.
function stockholm() {
  const [cal] = parseCalendars(
    calendar(STOCKHOLM, vevent('z', 'DTSTART;TZID=Europe/Stockholm:20260101T090000')),
    1_000_000,
  )
  const start = new ICAL.Event(cal!.getFirstSubcomponent('vevent')!).startDate
  return { start, zone: start.zone! }
}

// Stockholm changes at 01:00Z on the last Sundays of March and October: the
// times (ms) `min` to `max` seconds after 01:00 (as UTC, or as local fields
// on a UTC calendar) on those days in 2024-2028, to the second.
const nearChanges = (min: number, max: number) =>
  fc
    .tuple(fc.integer({ min: 2024, max: 2028 }), fc.constantFrom(3, 10), fc.integer({ min, max }))
    .map(([year, month, s]) => {
      const last = new Date(Date.UTC(year, month, 0))
      const sunday = last.getUTCDate() - last.getUTCDay()
      return Date.UTC(year, month - 1, sunday) + HOUR + s * 1000
    })
const anywhere = fc
  .integer({ min: Date.UTC(2024, 0, 1) / 1000, max: Date.UTC(2029, 0, 1) / 1000 })
  .map((s) => s * 1000)

describe('the VTIMEZONE clock reads wall times as the engine reads the zone by name', () => {
  it("gives wallSpanBound, and ical.js's own answer wherever a reading is unambiguous", () => {
    const { start, zone } = stockholm()
    const clock = clockOf(start, 'Europe/Stockholm', 'UTC')
    // ical.js converting the wall time itself.
    const exact = (wall: number) => timeAt(wall, zone).toUnixTime() * 1000
    // Wall times near the 2024-2028 changes (01:00-05:00) and anywhere else.
    const change = nearChanges(0, 4 * 3600 - 1)
    fc.assert(
      fc.property(
        fc.array(fc.oneof(change, anywhere), { minLength: 1, maxLength: 40 }),
        (walls) => {
          for (const wall of walls) {
            const at = new Date(wall).toISOString()
            // The fixture has the EU rules, so Intl (through the engine) knows its changes.
            for (const end of ['start', 'end'] as const) {
              expect(clock.toEpoch(wall, end), `${at} ${end}`).toBe(
                wallSpanBound(wall, end, 'Europe/Stockholm'),
              )
            }
            if (resolveWallClock(wall, 'Europe/Stockholm').status === 'unique') {
              expect(clock.toEpoch(wall, 'start'), at).toBe(exact(wall))
            }
          }
        },
      ),
    )
    expect(wallOf(start)).toBe(Date.UTC(2026, 0, 1, 9))
  })
})

describe('the VTIMEZONE clock reads an instant as the wall time it shows', () => {
  it('agrees with the zone by name at every instant, in the hour after each change too', () => {
    const { start } = stockholm()
    const clock = clockOf(start, 'Europe/Stockholm', 'UTC')
    // A time without a zone of the file's: the engine's clock for the name (Intl).
    const byName = clockOf(timeAt(0, undefined), 'Europe/Stockholm', 'UTC')
    // Instants within two hours of the 2024-2028 changes, and anywhere else.
    const near = nearChanges(-2 * 3600, 2 * 3600)
    fc.assert(
      fc.property(fc.array(fc.oneof(near, anywhere), { minLength: 1, maxLength: 40 }), (ats) => {
        for (const at of ats) {
          expect(clock.toWall(at), new Date(at).toISOString()).toBe(byName.toWall(at))
        }
      }),
    )
    // 01:00Z on 2027-03-28 is 03:00 in Stockholm (ical.js's convertToZone says 02:00).
    expect(clock.toWall(Date.UTC(2027, 2, 28, 1))).toBe(Date.UTC(2027, 2, 28, 3))
  })
})
