import { isSnackplanError } from '@snackplan/catalog'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  formatOffset,
  formatUtc,
  formatZoned,
  localDayRange,
  localToEpoch,
  offsetMinutesAt,
  parseLocalTime,
  resolveLocalTime,
  zonedParts,
} from '../../src/time/index'
import { ZONES } from './zones'

const at = (date: string, time: string, zone: string) => {
  const r = resolveLocalTime(date, parseLocalTime(time), zone)
  return { zoned: formatZoned(r.epochMs, zone), utc: formatUtc(r.epochMs), status: r.status }
}

describe('offsets', () => {
  it('changes at the 2026 transitions', () => {
    const cases: [string, string, number, number][] = [
      ['Europe/Stockholm', '2026-03-29T01:00:00Z', 60, 120],
      ['Europe/Stockholm', '2026-10-25T01:00:00Z', 120, 60],
      ['Europe/Copenhagen', '2026-03-29T01:00:00Z', 60, 120],
      ['Europe/Copenhagen', '2026-10-25T01:00:00Z', 120, 60],
      ['America/New_York', '2026-03-08T07:00:00Z', -300, -240],
      ['America/New_York', '2026-11-01T06:00:00Z', -240, -300],
      ['Pacific/Chatham', '2026-04-04T14:00:00Z', 825, 765],
      ['Pacific/Chatham', '2026-09-26T14:00:00Z', 765, 825],
      ['Australia/Lord_Howe', '2026-04-04T15:00:00Z', 660, 630],
      ['Australia/Lord_Howe', '2026-10-03T15:30:00Z', 630, 660],
    ]
    for (const [zone, iso, before, after] of cases) {
      const t = Date.parse(iso)
      expect([zone, offsetMinutesAt(t - 1000, zone), offsetMinutesAt(t, zone)]).toEqual([
        zone,
        before,
        after,
      ])
    }
    expect(offsetMinutesAt(Date.parse('2026-06-01T00:00:00Z'), 'Asia/Kolkata')).toBe(330)
    expect(offsetMinutesAt(Date.parse('2026-06-01T00:00:00Z'), 'UTC')).toBe(0)
  })

  it('formats offsets as ±HH:MM, never Z', () => {
    expect([0, 60, -300, 330, 765, 825, -210].map(formatOffset)).toEqual([
      '+00:00',
      '+01:00',
      '-05:00',
      '+05:30',
      '+12:45',
      '+13:45',
      '-03:30',
    ])
    expect(formatZoned(0, 'UTC')).toBe('1970-01-01T00:00:00+00:00')
  })
})

describe('RFC 5545 policy for gaps and repeats', () => {
  it('Europe/Stockholm and Europe/Copenhagen, 2026-03-29 and 2026-10-25', () => {
    for (const zone of ['Europe/Stockholm', 'Europe/Copenhagen']) {
      expect(at('2026-03-29', '01:59', zone)).toEqual({
        zoned: '2026-03-29T01:59:00+01:00',
        utc: '2026-03-29T00:59:00Z',
        status: 'unique',
      })
      expect(at('2026-03-29', '02:00', zone)).toEqual({
        zoned: '2026-03-29T03:00:00+02:00',
        utc: '2026-03-29T01:00:00Z',
        status: 'gap',
      })
      expect(at('2026-03-29', '02:30', zone)).toEqual({
        zoned: '2026-03-29T03:30:00+02:00',
        utc: '2026-03-29T01:30:00Z',
        status: 'gap',
      })
      expect(at('2026-03-29', '02:59', zone)).toEqual({
        zoned: '2026-03-29T03:59:00+02:00',
        utc: '2026-03-29T01:59:00Z',
        status: 'gap',
      })
      expect(at('2026-03-29', '03:00', zone)).toEqual({
        zoned: '2026-03-29T03:00:00+02:00',
        utc: '2026-03-29T01:00:00Z',
        status: 'unique',
      })
      expect(at('2026-10-25', '01:59', zone)).toEqual({
        zoned: '2026-10-25T01:59:00+02:00',
        utc: '2026-10-24T23:59:00Z',
        status: 'unique',
      })
      expect(at('2026-10-25', '02:00', zone)).toEqual({
        zoned: '2026-10-25T02:00:00+02:00',
        utc: '2026-10-25T00:00:00Z',
        status: 'repeated',
      })
      expect(at('2026-10-25', '02:30', zone)).toEqual({
        zoned: '2026-10-25T02:30:00+02:00',
        utc: '2026-10-25T00:30:00Z',
        status: 'repeated',
      })
      expect(at('2026-10-25', '03:00', zone)).toEqual({
        zoned: '2026-10-25T03:00:00+01:00',
        utc: '2026-10-25T02:00:00Z',
        status: 'unique',
      })
    }
  })

  it('America/New_York, 2026-03-08 and 2026-11-01', () => {
    const zone = 'America/New_York'
    expect(at('2026-03-08', '02:30', zone)).toEqual({
      zoned: '2026-03-08T03:30:00-04:00',
      utc: '2026-03-08T07:30:00Z',
      status: 'gap',
    })
    expect(at('2026-03-08', '03:00', zone)).toEqual({
      zoned: '2026-03-08T03:00:00-04:00',
      utc: '2026-03-08T07:00:00Z',
      status: 'unique',
    })
    expect(at('2026-11-01', '01:30', zone)).toEqual({
      zoned: '2026-11-01T01:30:00-04:00',
      utc: '2026-11-01T05:30:00Z',
      status: 'repeated',
    })
    expect(at('2026-11-01', '02:00', zone)).toEqual({
      zoned: '2026-11-01T02:00:00-05:00',
      utc: '2026-11-01T07:00:00Z',
      status: 'unique',
    })
  })

  it('Pacific/Chatham (+12:45/+13:45), 2026-04-05 and 2026-09-27', () => {
    const zone = 'Pacific/Chatham'
    expect(at('2026-04-05', '03:00', zone)).toEqual({
      zoned: '2026-04-05T03:00:00+13:45',
      utc: '2026-04-04T13:15:00Z',
      status: 'repeated',
    })
    expect(at('2026-04-05', '03:45', zone)).toEqual({
      zoned: '2026-04-05T03:45:00+12:45',
      utc: '2026-04-04T15:00:00Z',
      status: 'unique',
    })
    expect(at('2026-09-27', '03:00', zone)).toEqual({
      zoned: '2026-09-27T04:00:00+13:45',
      utc: '2026-09-26T14:15:00Z',
      status: 'gap',
    })
    expect(at('2026-09-27', '03:45', zone)).toEqual({
      zoned: '2026-09-27T03:45:00+13:45',
      utc: '2026-09-26T14:00:00Z',
      status: 'unique',
    })
  })

  it('Australia/Lord_Howe (30-minute shift), 2026-04-05 and 2026-10-04', () => {
    const zone = 'Australia/Lord_Howe'
    expect(at('2026-04-05', '01:29', zone)).toEqual({
      zoned: '2026-04-05T01:29:00+11:00',
      utc: '2026-04-04T14:29:00Z',
      status: 'unique',
    })
    expect(at('2026-04-05', '01:45', zone)).toEqual({
      zoned: '2026-04-05T01:45:00+11:00',
      utc: '2026-04-04T14:45:00Z',
      status: 'repeated',
    })
    expect(at('2026-04-05', '02:00', zone)).toEqual({
      zoned: '2026-04-05T02:00:00+10:30',
      utc: '2026-04-04T15:30:00Z',
      status: 'unique',
    })
    expect(at('2026-10-04', '02:15', zone)).toEqual({
      zoned: '2026-10-04T02:45:00+11:00',
      utc: '2026-10-03T15:45:00Z',
      status: 'gap',
    })
    expect(at('2026-10-04', '02:30', zone)).toEqual({
      zoned: '2026-10-04T02:30:00+11:00',
      utc: '2026-10-03T15:30:00Z',
      status: 'unique',
    })
  })

  it('Asia/Kolkata (+05:30, no DST) and UTC', () => {
    expect(at('2026-03-29', '02:30', 'Asia/Kolkata')).toEqual({
      zoned: '2026-03-29T02:30:00+05:30',
      utc: '2026-03-28T21:00:00Z',
      status: 'unique',
    })
    expect(at('2026-10-25', '00:00', 'UTC')).toEqual({
      zoned: '2026-10-25T00:00:00+00:00',
      utc: '2026-10-25T00:00:00Z',
      status: 'unique',
    })
  })
})

describe('round trips', () => {
  const dateArb = fc.integer({ min: 0, max: 3 * 366 }).map((n) => addDays('2025-06-01', n))
  const minuteArb = fc.integer({ min: 0, max: 1439 })
  const zoneArb = fc.constantFrom(...ZONES)
  // Every DST day in the list, so the property sees gaps and repeats often.
  const dstDays = fc.constantFrom(
    ['Europe/Stockholm', '2026-03-29'],
    ['Europe/Stockholm', '2026-10-25'],
    ['Europe/Copenhagen', '2026-03-29'],
    ['Europe/Copenhagen', '2026-10-25'],
    ['America/New_York', '2026-03-08'],
    ['America/New_York', '2026-11-01'],
    ['Pacific/Chatham', '2026-04-05'],
    ['Pacific/Chatham', '2026-09-27'],
    ['Australia/Lord_Howe', '2026-04-05'],
    ['Australia/Lord_Howe', '2026-10-04'],
  )
  const input = fc.oneof(
    fc.tuple(zoneArb, dateArb, minuteArb),
    dstDays.chain(([zone, date]) =>
      fc.tuple(fc.constant(zone), fc.constant(date), fc.integer({ min: 0, max: 240 })),
    ),
  )

  it('localToEpoch -> formatZoned gives the local time back, except in gaps', () => {
    fc.assert(
      fc.property(input, ([zone, date, minutes]) => {
        const r = resolveLocalTime(date, minutes, zone)
        const shown = zonedParts(r.epochMs, zone)
        if (r.status === 'gap') {
          // Read with the pre-gap offset, the time shows later by the size of the gap.
          const before = offsetMinutesAt(r.epochMs - 6 * 3_600_000, zone)
          expect(shown.date).toBe(date)
          expect(shown.minuteOfDay - minutes).toBe(shown.offsetMinutes - before)
          expect(shown.offsetMinutes).toBeGreaterThan(before)
        } else {
          expect([shown.date, shown.minuteOfDay, shown.second]).toEqual([date, minutes, 0])
          expect(formatZoned(r.epochMs, zone).slice(0, 16)).toBe(`${date}T${shown.time}`)
        }
        if (r.status === 'repeated') {
          // The second occurrence exists and is later; we took the first.
          const later =
            r.epochMs +
            (r.offsetMinutes - offsetMinutesAt(r.epochMs + 6 * 3_600_000, zone)) * 60_000
          expect(later).toBeGreaterThan(r.epochMs)
          expect(zonedParts(later, zone).minuteOfDay).toBe(minutes)
        }
      }),
    )
  })

  it('agrees with a brute-force search over every candidate offset', () => {
    fc.assert(
      fc.property(input, ([zone, date, minutes]) => {
        const wall = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000
        const hits: number[] = []
        for (let off = -14 * 60; off <= 14 * 60; off += 15) {
          const t = wall - off * 60_000
          const p = zonedParts(t, zone)
          if (p.date === date && p.minuteOfDay === minutes) hits.push(t)
        }
        const r = resolveLocalTime(date, minutes, zone)
        if (hits.length === 0) expect(r.status).toBe('gap')
        else
          expect([r.epochMs, r.status]).toEqual([
            Math.min(...hits),
            hits.length > 1 ? 'repeated' : 'unique',
          ])
      }),
    )
  })

  it('formatUtc agrees with toISOString', () => {
    fc.assert(
      fc.property(
        fc.integer({
          min: Date.parse('1000-01-01T00:00:00Z'),
          max: Date.parse('9999-12-31T23:59:59Z'),
        }),
        (t) => {
          expect(formatUtc(t)).toBe(`${new Date(t).toISOString().slice(0, 19)}Z`)
        },
      ),
    )
  })
})

describe('local days', () => {
  it('are 23, 24 or 25 hours long (23.5/24.5 on Lord Howe)', () => {
    const hours = (date: string, zone: string) => {
      const { start, end } = localDayRange(date, zone)
      return (end - start) / 3_600_000
    }
    expect(hours('2026-03-29', 'Europe/Stockholm')).toBe(23)
    expect(hours('2026-10-25', 'Europe/Copenhagen')).toBe(25)
    expect(hours('2026-11-01', 'America/New_York')).toBe(25)
    expect(hours('2026-10-04', 'Australia/Lord_Howe')).toBe(23.5)
    expect(hours('2026-04-05', 'Australia/Lord_Howe')).toBe(24.5)
    expect(hours('2026-06-01', 'Asia/Kolkata')).toBe(24)
    expect(localToEpoch('2026-11-23', 1440, 'Europe/Stockholm')).toBe(
      localToEpoch('2026-11-24', 0, 'Europe/Stockholm'),
    )
  })

  it('rejects unknown zones, raw offsets and bad minutes with typed errors', () => {
    const code = (call: () => unknown) => {
      try {
        call()
      } catch (error) {
        return isSnackplanError(error) ? error.code : 'other'
      }
      return 'none'
    }
    expect(code(() => localToEpoch('2026-11-23', 0, 'Mars/Olympus'))).toBe('time/invalid-time-zone')
    expect(code(() => localToEpoch('2026-11-23', 0, '+01:00'))).toBe('time/invalid-time-zone')
    expect(code(() => formatZoned(0, ''))).toBe('time/invalid-time-zone')
    expect(code(() => localToEpoch('2026-11-23', 1441, 'UTC'))).toBe('time/invalid-time')
    expect(code(() => localToEpoch('2026-11-31', 0, 'UTC'))).toBe('time/invalid-date')
  })
})
