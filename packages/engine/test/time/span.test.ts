import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatZoned, resolveWallClock, wallSpanBound } from '../../src/time/index'
import { ZONES } from './zones'

const wall = (iso: string) => Date.parse(`${iso}Z`)
const zoned = (iso: string, end: 'start' | 'end', zone: string) =>
  formatZoned(wallSpanBound(wall(iso), end, zone), zone)

describe('wallSpanBound: a bound in a spring-forward gap widens its span', () => {
  it('starts a span before the jump and ends one after it', () => {
    // Stockholm skips 02:00-03:00 on 2027-03-28 (+01:00 -> +02:00).
    expect(zoned('2027-03-28T02:30', 'start', 'Europe/Stockholm')).toBe('2027-03-28T01:30:00+01:00')
    expect(zoned('2027-03-28T02:30', 'end', 'Europe/Stockholm')).toBe('2027-03-28T03:30:00+02:00')
    // Lord Howe Island skips 02:00-02:30 on 2026-10-04 (+10:30 -> +11:00).
    expect(zoned('2026-10-04T02:15', 'start', 'Australia/Lord_Howe')).toBe(
      '2026-10-04T01:45:00+10:30',
    )
    expect(zoned('2026-10-04T02:15', 'end', 'Australia/Lord_Howe')).toBe(
      '2026-10-04T02:45:00+11:00',
    )
    // Chatham skips 02:45-03:45 on 2026-09-27 (+12:45 -> +13:45).
    expect(zoned('2026-09-27T03:00', 'start', 'Pacific/Chatham')).toBe('2026-09-27T02:00:00+12:45')
    expect(zoned('2026-09-27T03:00', 'end', 'Pacific/Chatham')).toBe('2026-09-27T04:00:00+13:45')
  })

  it('is the RFC 5545 reading everywhere else, repeated times included', () => {
    for (const iso of ['2026-11-24T10:00', '2026-10-25T02:30', '2027-03-28T03:00']) {
      for (const end of ['start', 'end'] as const) {
        expect(wallSpanBound(wall(iso), end, 'Europe/Stockholm')).toBe(
          resolveWallClock(wall(iso), 'Europe/Stockholm').epochMs,
        )
      }
    }
  })

  it('keeps every span whose start is before its end non-empty, in every test zone', () => {
    const around = fc.integer({
      min: Date.UTC(2026, 0, 1) / 1000,
      max: Date.UTC(2028, 0, 1) / 1000,
    })
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        around,
        fc.integer({ min: 1, max: 4 * 3600 }),
        (zone, s, length) => {
          const start = wallSpanBound(s * 1000, 'start', zone)
          const end = wallSpanBound((s + length) * 1000, 'end', zone)
          expect(end).toBeGreaterThan(start)
          // The span holds the RFC 5545 reading of both bounds.
          expect(start).toBeLessThanOrEqual(resolveWallClock(s * 1000, zone).epochMs)
          expect(end).toBeGreaterThanOrEqual(resolveWallClock((s + length) * 1000, zone).epochMs)
        },
      ),
    )
  })
})
