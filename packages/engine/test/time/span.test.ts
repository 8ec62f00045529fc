import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TEST_ZONES } from '../../src/testing/index'
import {
  DAY_MS,
  formatZoned,
  MINUTE_MS,
  offsetMinutesAt,
  resolveWallClock,
  type SpanEnd,
  spanBound,
  wallSpanBound,
} from '../../src/time/index'
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

// The plain path: resolveWallClock and wallSpanBound as they were before
// both read through spanBound, with the offsets asked of Intl by name.
function plainResolve(wallMs: number, timeZone: string) {
  const before = offsetMinutesAt(wallMs - DAY_MS, timeZone)
  const after = offsetMinutesAt(wallMs + DAY_MS, timeZone)
  const valid: number[] = []
  for (const offset of before === after ? [before] : [before, after]) {
    const candidate = wallMs - offset * MINUTE_MS
    if (offsetMinutesAt(candidate, timeZone) === offset) valid.push(candidate)
  }
  if (valid.length === 0) {
    const epochMs = wallMs - before * MINUTE_MS
    return { epochMs, status: 'gap', offsetMinutes: offsetMinutesAt(epochMs, timeZone) }
  }
  const epochMs = Math.min(...valid)
  return {
    epochMs,
    status: valid.length === 2 ? 'repeated' : 'unique',
    offsetMinutes: offsetMinutesAt(epochMs, timeZone),
  }
}

function plainSpanBound(wallMs: number, end: SpanEnd, timeZone: string): number {
  const resolved = plainResolve(wallMs, timeZone)
  if (resolved.status !== 'gap' || end === 'end') return resolved.epochMs
  return wallMs - resolved.offsetMinutes * MINUTE_MS
}

const HOUR_MS = 3_600_000

// For each zone, the wall reading (local fields as UTC ms) at the start of
// each UTC hour of 2024-2028 in which its offset changes, on the offset
// before the change: every wall time in a gap or repeated is within two
// hours of one of them (no shift is over an hour).
const CHANGE_WALLS = new Map<string, number[]>(
  TEST_ZONES.map((zone) => {
    const walls: number[] = []
    for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2029, 0, 1); day += DAY_MS) {
      if (offsetMinutesAt(day, zone) === offsetMinutesAt(day + DAY_MS, zone)) continue
      for (let hour = day; hour < day + DAY_MS; hour += HOUR_MS) {
        const before = offsetMinutesAt(hour, zone)
        if (before !== offsetMinutesAt(hour + HOUR_MS, zone)) walls.push(hour + before * MINUTE_MS)
      }
    }
    return [zone, walls]
  }),
)

describe('spanBound: one reading of a wall span for any offset lookup', () => {
  it('gives the old wallSpanBound and resolveWallClock with the Intl offsets, in gaps and repeats too', () => {
    const seen = { unique: 0, gap: 0, repeated: 0 }
    // Wall times within two hours of a change of the zone (most), or anywhere in 1900-2100.
    const wallIn = (zone: string) => {
      const walls = CHANGE_WALLS.get(zone) ?? []
      const anywhere = fc
        .integer({ min: Date.UTC(1900, 0, 1) / 1000, max: Date.UTC(2100, 0, 1) / 1000 })
        .map((s) => s * 1000)
      if (walls.length === 0) return anywhere
      const near = fc
        .tuple(fc.constantFrom(...walls), fc.integer({ min: -2 * 3600, max: 3 * 3600 }))
        .map(([wall, s]) => wall + s * 1000)
      return fc.oneof({ arbitrary: near, weight: 4 }, { arbitrary: anywhere, weight: 1 })
    }
    const case_ = fc
      .constantFrom(...TEST_ZONES)
      .chain((zone) =>
        fc.record({ zone: fc.constant(zone), walls: fc.array(wallIn(zone), { maxLength: 20 }) }),
      )
    fc.assert(
      fc.property(case_, ({ zone, walls }) => {
        const offsetAt = (ms: number) => offsetMinutesAt(ms, zone) * MINUTE_MS
        for (const wall of walls) {
          const at = `${zone} ${new Date(wall).toISOString()}`
          const plain = plainResolve(wall, zone)
          expect(resolveWallClock(wall, zone), at).toEqual(plain)
          seen[plain.status as keyof typeof seen]++
          for (const end of ['start', 'end'] as const) {
            const want = plainSpanBound(wall, end, zone)
            expect(spanBound(wall, end, offsetAt), `${at} ${end}`).toBe(want)
            expect(wallSpanBound(wall, end, zone), `${at} ${end}`).toBe(want)
          }
        }
      }),
      { numRuns: 300 },
    )
    // The draws reach gaps and repeats, not only unique readings.
    expect(seen.gap).toBeGreaterThan(50)
    expect(seen.repeated).toBeGreaterThan(50)
  })

  it('reads a lookup that is not Intl: a table of changes, as a VTIMEZONE gives one', () => {
    // Lord Howe Island's 30-minute shifts as a table (+10:30, +11:00 from
    // 15:30Z on 2026-10-03, +10:30 again from 15:00Z on 2027-04-03).
    const changes = [
      { at: Date.UTC(2026, 9, 3, 15, 30), offsetMs: 11 * 3_600_000 },
      { at: Date.UTC(2027, 3, 3, 15), offsetMs: 10.5 * 3_600_000 },
    ]
    const offsetAt = (ms: number) =>
      changes.filter((c) => c.at <= ms).pop()?.offsetMs ?? 10.5 * 3_600_000
    const read = (iso: string, end: SpanEnd) =>
      new Date(spanBound(wall(iso), end, offsetAt)).toISOString().slice(0, 16)
    // 02:15 on 2026-10-04 is in the gap (02:00-02:30 skipped).
    expect(read('2026-10-04T02:15', 'start')).toBe('2026-10-03T15:15')
    expect(read('2026-10-04T02:15', 'end')).toBe('2026-10-03T15:45')
    // 01:45 on 2027-04-04 shows twice (01:30-02:00): its first occurrence, both ends.
    expect(read('2027-04-04T01:45', 'start')).toBe('2027-04-03T14:45')
    expect(read('2027-04-04T01:45', 'end')).toBe('2027-04-03T14:45')
    // Away from the changes, the one reading.
    expect(read('2026-11-24T10:00', 'start')).toBe('2026-11-23T23:00')
    // The same readings as the zone by name.
    for (const iso of ['2026-10-04T02:15', '2027-04-04T01:45', '2026-11-24T10:00']) {
      for (const end of ['start', 'end'] as const) {
        expect(spanBound(wall(iso), end, offsetAt)).toBe(
          wallSpanBound(wall(iso), end, 'Australia/Lord_Howe'),
        )
      }
    }
  })
})

describe('spanBound with a lookup that shifts twice within a day (a one-off shift of a few hours)', () => {
  // Base offset `base`, then `shift` from `from` for `hours`, then base again.
  const shifted = fc.record({
    base: fc.integer({ min: -12 * 4, max: 14 * 4 }).map((q) => q * 15 * MINUTE_MS),
    step: fc
      .integer({ min: -12, max: 12 })
      .filter((q) => q !== 0)
      .map((q) => q * 15 * MINUTE_MS),
    from: fc
      .integer({ min: 0, max: 365 * 24 * 4 })
      .map((q) => Date.UTC(2026, 0, 1) + q * 15 * MINUTE_MS),
    lengthMin: fc.integer({ min: 30, max: 20 * 60 }),
  })
  it('never starts a span after its end, and reads a time shown once as that instant', () => {
    fc.assert(
      fc.property(
        shifted,
        fc.array(fc.integer({ min: -30 * 60, max: 30 * 60 }), { minLength: 1, maxLength: 30 }),
        ({ base, step, from, lengthMin }, minutes) => {
          const shift = base + step
          const until = from + lengthMin * MINUTE_MS
          const offsetAt = (ms: number) => (ms >= from && ms < until ? shift : base)
          for (const m of minutes) {
            const wall = from + base + m * MINUTE_MS
            // The instants whose clock shows `wall`, found by trying both offsets.
            const shows = [base, shift].map((o) => wall - o).filter((t) => t + offsetAt(t) === wall)
            const start = spanBound(wall, 'start', offsetAt)
            const end = spanBound(wall, 'end', offsetAt)
            const at = `wall ${new Date(wall).toISOString()}`
            expect(start, at).toBeLessThanOrEqual(end)
            if (shows.length === 1) {
              expect(start, at).toBe(shows[0])
              expect(end, at).toBe(shows[0])
            } else if (shows.length === 2) {
              // Shown twice: both bounds one of them (the first occurrence where the
              // shift starts; its end, a day's lookups away, may give the second).
              expect(start, at).toBe(end)
              expect(shows, at).toContain(start)
            } else {
              // A gap: the span holds both readings.
              expect(
                [start, end].sort((a, b) => a - b),
                at,
              ).toEqual([wall - base, wall - shift].sort((a, b) => a - b))
            }
          }
        },
      ),
      { numRuns: 400 },
    )
  })

  it('refuses a wall time or an offset that is not a number', () => {
    expect(() => spanBound(Number.NaN, 'start', () => 0)).toThrow(RangeError)
    expect(() => spanBound(0, 'end', () => Number.NaN)).toThrow(RangeError)
  })
})
