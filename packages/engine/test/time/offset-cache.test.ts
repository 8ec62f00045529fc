import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exactOffsetMinutesAt, offsetMinutesAt } from '../../src/time'

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

  it('remembers nothing for unknown zones and works at the ends of the Date range', () => {
    expect(() => offsetMinutesAt(0, 'No/Such_Zone')).toThrow(RangeError)
    expect(offsetMinutesAt(8.64e15, 'UTC')).toBe(0)
  })
})
