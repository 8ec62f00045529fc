import { isSnackplanError } from '@snackplan/catalog'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  daysBetween,
  fromDayNumber,
  isLocalDate,
  isoWeekdayNumber,
  toDayNumber,
  weekdayOf,
} from '../../src/time/index'

// Naive reference: the built-in UTC calendar (Gregorian since 1583 is enough here).
const DAY = 86_400_000
const refMs = (date: string) => Date.parse(`${date}T00:00:00Z`)
const refDate = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const dateArb = fc
  .integer({ min: refMs('1583-01-01') / DAY, max: refMs('9000-12-31') / DAY })
  .map((d) => refDate(d * DAY))

describe('isLocalDate', () => {
  it('accepts real dates only', () => {
    expect(
      ['2026-11-23', '2028-02-29', '2000-02-29', '0001-01-01', '9999-12-31'].every(isLocalDate),
    ).toBe(true)
    for (const bad of [
      '2026-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-1-01',
      '26-01-01',
      '0000-01-01',
      '2026-11-23T10:00',
      ' 2026-11-23',
      20261123,
      null,
    ]) {
      expect(isLocalDate(bad)).toBe(false)
    }
  })
})

describe('day arithmetic', () => {
  it('matches the UTC calendar for addDays, daysBetween and weekdays', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -4000, max: 4000 }), (date, n) => {
        const expected = refDate(refMs(date) + n * DAY)
        expect(addDays(date, n)).toBe(expected)
        expect(daysBetween(date, expected)).toBe(n)
        const jsDay = new Date(refMs(date)).getUTCDay() // 0 = Sunday
        expect(isoWeekdayNumber(date)).toBe(jsDay === 0 ? 7 : jsDay)
        expect(weekdayOf(date)).toBe(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][jsDay])
      }),
    )
  })

  it('round-trips day numbers over the whole 0001..9999 range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('0001-01-01'), max: toDayNumber('9999-12-31') }),
        (n) => {
          const date = fromDayNumber(n)
          expect(isLocalDate(date)).toBe(true)
          expect(toDayNumber(date)).toBe(n)
        },
      ),
    )
  })

  it('remembered day numbers equal the calendar reference, asked again and again, and invalid dates are still refused between them', () => {
    fc.assert(
      fc.property(fc.array(dateArb, { minLength: 1, maxLength: 50 }), (dates) => {
        for (const date of [...dates, ...dates]) {
          expect(toDayNumber(date)).toBe(refMs(date) / DAY)
          expect(() => toDayNumber(`${date}x`)).toThrow(/expected a calendar date/)
        }
      }),
    )
  })

  it('pins a few known values', () => {
    expect(toDayNumber('1970-01-01')).toBe(0)
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30') // DST day is still one calendar day
    expect(daysBetween('2026-11-23', '2026-11-29')).toBe(6)
    expect(weekdayOf('2026-11-23')).toBe('mon')
    expect(weekdayOf('0001-01-01')).toBe('mon')
  })

  it('rejects invalid dates and out-of-range results with a typed error', () => {
    for (const call of [
      () => addDays('2026-02-30', 1),
      () => addDays('9999-12-31', 1),
      () => addDays('2026-01-01', 0.5),
    ]) {
      try {
        call()
        expect.unreachable()
      } catch (error) {
        expect(isSnackplanError(error) && error.code).toBe('time/invalid-date')
      }
    }
  })
})
