import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exactOffsetMinutesAt, offsetMinutesAt } from '../../src/time'
import { wallClockAt } from '../../src/time/offset'

const ZONES = [
  'Europe/Stockholm',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Asia/Kolkata',
  'America/St_Johns',
  'Africa/Monrovia',
]

describe('the per-hour offset memory', () => {
  it('gives the same offsets as asking Intl every time, around transitions too', () => {
    const instant = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) })
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (ms, zone) => {
        expect(offsetMinutesAt(ms, zone)).toBe(exactOffsetMinutesAt(ms, zone))
      }),
      { numRuns: 2000 },
    )
    // Lord Howe moves 30 minutes at 02:00 local; check every minute around it.
    const change = Date.UTC(2026, 3, 4, 15, 0)
    for (let m = -90; m <= 90; m++) {
      const ms = change + m * 60_000
      expect(offsetMinutesAt(ms, 'Australia/Lord_Howe')).toBe(
        exactOffsetMinutesAt(ms, 'Australia/Lord_Howe'),
      )
    }
  })

  it('reads the wall clock as Intl does, to the second, with offsets in whole seconds (LMT) too', () => {
    // The plain path: the local fields Intl formats, as a UTC calendar.
    const intlWall = (ms: number, zone: string) => {
      const f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      })
      const p = Object.fromEntries(
        f
          .formatToParts(ms)
          .flatMap((x) => (x.type === 'literal' ? [] : [[x.type, Number(x.value)]])),
      )
      const { year, month, day, hour, minute, second } = p as Record<string, number>
      return Date.UTC(year!, month! - 1, day, hour, minute, second)
    }
    const instant = fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2100, 0, 1) })
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (ms, zone) => {
        expect(wallClockAt(ms, zone)).toBe(intlWall(ms, zone))
      }),
      { numRuns: 2000 },
    )
    // Monrovia ran at -00:44:30 until 1972: an offset with seconds.
    const lmt = Date.UTC(1960, 5, 1, 12, 0, 7, 250)
    expect(wallClockAt(lmt, 'Africa/Monrovia')).toBe(intlWall(lmt, 'Africa/Monrovia'))
    expect(Date.UTC(1960, 5, 1, 12, 0, 7) - wallClockAt(lmt, 'Africa/Monrovia')).toBe(2_670_000)
  })

  it('every 10 minutes through the DST seasons of 2026, the memory by day and hour answers as Intl', () => {
    for (const zone of ZONES) {
      for (const [from, to] of [
        [Date.UTC(2026, 2, 20), Date.UTC(2026, 3, 10)],
        [Date.UTC(2026, 8, 20), Date.UTC(2026, 10, 10)],
      ] as const) {
        for (let ms = from; ms < to; ms += 600_000) {
          if (offsetMinutesAt(ms, zone) !== exactOffsetMinutesAt(ms, zone))
            expect([zone, ms, offsetMinutesAt(ms, zone)]).toEqual([
              zone,
              ms,
              exactOffsetMinutesAt(ms, zone),
            ])
        }
      }
    }
  })

  it('remembers nothing for unknown zones and works at the ends of the Date range', () => {
    expect(() => offsetMinutesAt(0, 'No/Such_Zone')).toThrow(RangeError)
    expect(offsetMinutesAt(8.64e15, 'UTC')).toBe(0)
  })
})
