import { describe, expect, it } from 'vitest'
import { busyFromICS } from '../../src'
import { calendar, vevent } from '../fixtures/ics'

// A VTIMEZONE that shifts for a few hours and back within one day, which
// the reading of a wall time (a day's offsets either side) did not expect:
// times inside the shift were read with the offset outside it, and a
// version of the shared reading even made such an event's span empty.
function zone(tzid: string, base: string, shift: string, from: string, back: string): string {
  const part = (kind: string, start: string, fromOffset: string, to: string) => [
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${fromOffset}`,
    `TZOFFSETTO:${to}`,
    `DTSTART:${start}`,
    `END:${kind}`,
  ]
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tzid}`,
    ...part('STANDARD', '19700101T000000', base, base),
    ...part('DAYLIGHT', from, base, shift),
    ...part('STANDARD', back, shift, base),
    'END:VTIMEZONE',
  ].join('\r\n')
}
const window = { from: '2026-05-30', to: '2026-06-03', timeZone: 'UTC' }
const meeting = (tzid: string, ...lines: string[]) =>
  vevent('m', `DTSTART;TZID=${tzid}:20260601T150000`, ...lines)

describe('busyFromICS: a VTIMEZONE that shifts for a few hours within a day', () => {
  it('reads a time inside a shift back an hour with the shifted offset', () => {
    // +02:00, then +01:00 from 12:00 to 18:00 local: 15:00 local is 14:00Z.
    const dip = zone('Dip', '+0200', '+0100', '20260601T120000', '20260601T180000')
    for (const end of ['DTEND;TZID=Dip:20260601T153000', 'DURATION:PT30M']) {
      expect(busyFromICS(calendar(dip, meeting('Dip', end)), window), end).toEqual([
        { start: '2026-06-01T14:00:00Z', end: '2026-06-01T14:30:00Z' },
      ])
    }
  })

  it('reads a time inside a shift forward an hour with the shifted offset', () => {
    // +01:00, then +02:00 from 12:00 to 20:00 local: 15:00 local is 13:00Z.
    const bump = zone('Bump', '+0100', '+0200', '20260601T120000', '20260601T200000')
    for (const end of ['DTEND;TZID=Bump:20260601T153000', 'DURATION:PT30M']) {
      expect(busyFromICS(calendar(bump, meeting('Bump', end)), window), end).toEqual([
        { start: '2026-06-01T13:00:00Z', end: '2026-06-01T13:30:00Z' },
      ])
    }
  })
})
