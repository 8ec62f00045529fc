import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, localDateIn, rollingWindow } from '../../src/feed/window'
import { makeFeed, send } from './setup'

describe('rolling window', () => {
  it('plans from today in the profile zone minus 7 days, for 36 days by default', async () => {
    const { handler, planner } = makeFeed()
    await send(handler, '/anna.ics')
    expect(planner.requests).toHaveLength(1)
    expect(planner.requests[0]).toMatchObject({ from: '2026-11-23', days: 36, seed: 1 })
    expect(planner.requests[0]!.profile.id).toBe('anna')
  })

  it("uses the profile's zone, not UTC or the host's", async () => {
    // 05:00 UTC on 1 December: already 06:00 in Stockholm, still 21:00 on 30 November in Los Angeles.
    const { handler, planner } = makeFeed({
      now: () => new Date('2026-12-01T05:00:00Z'),
      window: { pastDays: 0, futureDays: 6 },
    })
    await send(handler, '/anna.ics')
    await send(handler, '/lee.ics')
    expect(planner.requests.map((r) => [r.profile.id, r.from, r.days])).toEqual([
      ['anna', '2026-12-01', 7],
      ['lee', '2026-11-30', 7],
    ])
  })

  it('rolls forward with the clock and passes the seed', async () => {
    let now = new Date('2026-11-30T12:00:00Z')
    const { handler, planner } = makeFeed({
      now: () => now,
      seed: 42,
      window: { pastDays: 2, futureDays: 3 },
    })
    await send(handler, '/anna.ics')
    now = new Date('2026-12-31T23:30:00Z') // already 2027 in Stockholm
    await send(handler, '/anna.ics')
    expect(planner.requests.map((r) => [r.from, r.days, r.seed])).toEqual([
      ['2026-11-28', 6, 42],
      ['2026-12-30', 6, 42],
    ])
  })

  it('localDateIn agrees with an independent Intl formatting in any zone', () => {
    const zones = [
      'UTC',
      'Europe/Stockholm',
      'America/Los_Angeles',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
      'Asia/Kathmandu',
    ]
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 11, 31) }),
        fc.constantFrom(...zones),
        (ms, timeZone) => {
          // sv-SE formats dates as YYYY-MM-DD.
          const expected = new Date(ms).toLocaleDateString('sv-SE', { timeZone })
          expect(localDateIn(new Date(ms), timeZone)).toBe(expected)
        },
      ),
    )
  })

  it('the window always holds today and spans pastDays + 1 + futureDays days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (ms, pastDays, futureDays) => {
          const now = new Date(ms)
          const { from, days } = rollingWindow(now, 'Europe/Stockholm', { pastDays, futureDays })
          expect(days).toBe(pastDays + 1 + futureDays)
          expect(addDays(from, pastDays)).toBe(localDateIn(now, 'Europe/Stockholm'))
        },
      ),
    )
  })

  it('addDays crosses months, years and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-11-30', -7)).toBe('2026-11-23')
  })
})
