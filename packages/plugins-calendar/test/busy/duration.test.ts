import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { busyFromICS } from '../../src'
import { calendar, STOCKHOLM, vevent } from '../fixtures/ics'
import { readStockholm } from './stockholm'

// RFC 5545 3.3.6 and 3.8.2.5: a DURATION in hours, minutes and seconds is
// exact time, one in days and weeks nominal (the same wall time so many days
// later). In Stockholm the clock jumps from 02:00 (+01:00) to 03:00 (+02:00)
// at 01:00Z on 2027-03-28, and goes back from 03:00 (+02:00) to 02:00
// (+01:00) at 01:00Z on 2026-10-25.
const spring = { from: '2027-03-27', to: '2027-03-29', timeZone: 'Europe/Stockholm' }
const autumn = { from: '2026-10-24', to: '2026-10-26', timeZone: 'Europe/Stockholm' }

const read = readStockholm
const lasting = (start: string, ...lines: string[]) =>
  vevent('d', `DTSTART;TZID=Europe/Stockholm:${start}`, ...lines)

describe('busyFromICS: a DURATION in hours is exact time, in days nominal', () => {
  it('keeps all two hours of PT2H across the spring-forward change (it lost one)', () => {
    expect(read(spring, lasting('20270328T013000', 'DURATION:PT2H'))).toEqual([
      { start: '2027-03-28T00:30:00Z', end: '2027-03-28T02:30:00Z' },
    ])
    expect(read(spring, lasting('20270328T013000', 'DURATION:PT90M'))).toEqual([
      { start: '2027-03-28T00:30:00Z', end: '2027-03-28T02:00:00Z' },
    ])
  })

  it('lasts two hours, not three, across the fall-back change', () => {
    expect(read(autumn, lasting('20261025T013000', 'DURATION:PT2H'))).toEqual([
      { start: '2026-10-24T23:30:00Z', end: '2026-10-25T01:30:00Z' },
    ])
  })

  it('counts an hour from the later reading of a start in the gap, as a series occurrence does', () => {
    expect(read(spring, lasting('20270328T023000', 'DURATION:PT1H'))).toEqual([
      { start: '2027-03-28T00:30:00Z', end: '2027-03-28T02:30:00Z' },
    ])
  })

  it('keeps days nominal: P1D ends at the same wall time the next day, 23 or 25 hours later', () => {
    expect(read(spring, lasting('20270327T100000', 'DURATION:P1D'))).toEqual([
      { start: '2027-03-27T09:00:00Z', end: '2027-03-28T08:00:00Z' },
    ])
    expect(read(spring, lasting('20270327T100000', 'DURATION:P1DT1H'))).toEqual([
      { start: '2027-03-27T09:00:00Z', end: '2027-03-28T09:00:00Z' },
    ])
    expect(read(autumn, lasting('20261024T100000', 'DURATION:P1D'))).toEqual([
      { start: '2026-10-24T08:00:00Z', end: '2026-10-25T09:00:00Z' },
    ])
    const allDay = vevent('a', 'DTSTART;VALUE=DATE:20270328', 'DURATION:P1D')
    expect(read(spring, allDay)).toEqual([
      { start: '2027-03-27T23:00:00Z', end: '2027-03-28T22:00:00Z' },
    ])
  })

  it('takes no time for PT0S or a negative DURATION', () => {
    expect(read(spring, lasting('20270328T013000', 'DURATION:PT0S'))).toEqual([])
    expect(read(spring, lasting('20270328T013000', 'DURATION:-PT1H'))).toEqual([])
  })

  it('gives each occurrence of a series and an RDATE period the same exact hours', () => {
    const series = lasting('20270326T013000', 'DURATION:PT2H', 'RRULE:FREQ=DAILY;COUNT=4')
    expect(read({ ...spring, from: '2027-03-26' }, series)).toEqual([
      { start: '2027-03-26T00:30:00Z', end: '2027-03-26T02:30:00Z' },
      { start: '2027-03-27T00:30:00Z', end: '2027-03-27T02:30:00Z' },
      { start: '2027-03-28T00:30:00Z', end: '2027-03-28T02:30:00Z' },
      { start: '2027-03-28T23:30:00Z', end: '2027-03-29T01:30:00Z' },
    ])
    const period = lasting(
      '20270320T120000',
      'DURATION:PT30M',
      'RDATE;TZID=Europe/Stockholm;VALUE=PERIOD:20270328T013000/PT2H',
    )
    expect(read(spring, period)).toEqual([
      { start: '2027-03-28T00:30:00Z', end: '2027-03-28T02:30:00Z' },
    ])
  })
})

// Walls within three hours of the 02:00 changes of 2026 and 2027 in Stockholm.
const CHANGE_DAYS = [Date.UTC(2026, 2, 29), Date.UTC(2026, 9, 25), Date.UTC(2027, 2, 28)]
const stamp = (wall: number) => new Date(wall).toISOString().slice(0, 19).replace(/[-:]/g, '')
const total = (busy: { start: string; end: string }[]) =>
  busy.reduce((sum, b) => sum + Date.parse(b.end) - Date.parse(b.start), 0)

describe('busyFromICS: DURATION near DST changes (property)', () => {
  it('an event lasts its exact hours (more only from a start in a gap), as a one-occurrence series does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CHANGE_DAYS),
        fc.integer({ min: -1 * 60, max: 5 * 60 }),
        fc.integer({ min: 1, max: 6 * 60 }),
        fc.boolean(),
        (day, startMin, minutes, withZone) => {
          const wall = day + startMin * 60_000
          const event = (...more: string[]) =>
            calendar(
              ...(withZone ? [STOCKHOLM] : []),
              lasting(stamp(wall), `DURATION:PT${minutes}M`, ...more),
            )
          const window = {
            from: new Date(day - 86_400_000).toISOString().slice(0, 10),
            to: new Date(day + 86_400_000).toISOString().slice(0, 10),
            timeZone: 'Europe/Stockholm',
          }
          const busy = busyFromICS(event(), window)
          expect(busy).toHaveLength(1)
          // 02:00-02:59 on a spring-forward day is in the gap: one hour more.
          const inGap = day !== CHANGE_DAYS[1] && startMin >= 120 && startMin < 180
          expect(total(busy)).toBe((minutes + (inGap ? 60 : 0)) * 60_000)
          expect(busyFromICS(event('RRULE:FREQ=DAILY;COUNT=1'), window)).toEqual(busy)
        },
      ),
    )
  })
})
