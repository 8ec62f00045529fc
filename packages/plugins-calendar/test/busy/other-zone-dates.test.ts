import { describe, expect, it } from 'vitest'
import { busyFromICS } from '../../src'
import { calendar, STOCKHOLM, vevent } from '../fixtures/ics'

// A UTC UNTIL, and an EXDATE, RDATE or RECURRENCE-ID in another zone than
// its series, are instants the series reads on its own wall clock. ical.js's
// convertToZone looks the offset up as if the UTC reading were local time,
// so for the hour after each change it is an hour off (01:00Z on 2027-03-28
// read as 02:00 in Stockholm, not 03:00): the UNTIL ended a series an
// occurrence early and the EXDATE removed nothing. Both paths must agree:
// the zone from the file's VTIMEZONE (ical.js) and by name (the engine).
function read(window: { from: string; to: string }, ...events: string[]) {
  const options = { ...window, timeZone: 'Europe/Stockholm' }
  const withZone = busyFromICS(calendar(STOCKHOLM, ...events), options)
  expect(busyFromICS(calendar(...events), options)).toEqual(withZone)
  return withZone
}

// Daily at 03:00 in Stockholm, around 2027-03-28 (the clock jumps from
// 02:00 to 03:00 at 01:00Z, so 03:00 that day is 01:00Z).
const spring = { from: '2027-03-27', to: '2027-03-29' }
const atThree = (...more: string[]) =>
  vevent(
    'three',
    'DTSTART;TZID=Europe/Stockholm:20270327T030000',
    'DURATION:PT30M',
    'RRULE:FREQ=DAILY;COUNT=3',
    ...more,
  )
const SPRING_ALL = [
  { start: '2027-03-27T02:00:00Z', end: '2027-03-27T02:30:00Z' },
  { start: '2027-03-28T01:00:00Z', end: '2027-03-28T01:30:00Z' },
  { start: '2027-03-29T01:00:00Z', end: '2027-03-29T01:30:00Z' },
]

// Daily at 02:30 around 2026-10-25 (02:00-02:59 happens twice; the clock
// goes back at 01:00Z). ical.js reads 02:30 that day as its second
// occurrence, 01:30Z; the engine as its first, 00:30Z.
const autumn = { from: '2026-10-24', to: '2026-10-26' }
const atHalfPastTwo = (...more: string[]) =>
  calendar(
    STOCKHOLM,
    vevent(
      'half',
      'DTSTART;TZID=Europe/Stockholm:20261024T023000',
      'DURATION:PT20M',
      'RRULE:FREQ=DAILY;COUNT=3',
      ...more,
    ),
  )
const autumnRead = (text: string) => busyFromICS(text, { ...autumn, timeZone: 'Europe/Stockholm' })

describe('busyFromICS: instants read on a series wall clock, in the hour after a change', () => {
  it('keeps the occurrence at a UTC UNTIL right after the spring-forward change', () => {
    expect(read(spring, atThree().replace('COUNT=3', 'UNTIL=20270328T010000Z'))).toEqual(
      SPRING_ALL.slice(0, 2),
    )
  })

  it('removes the occurrence a UTC EXDATE or RECURRENCE-ID names right after the change', () => {
    expect(read(spring, atThree('EXDATE:20270328T010000Z'))).toEqual([SPRING_ALL[0], SPRING_ALL[2]])
    const moved = vevent(
      'three',
      'RECURRENCE-ID:20270328T010000Z',
      'DTSTART;TZID=Europe/Stockholm:20270328T120000',
      'DURATION:PT30M',
    )
    expect(read(spring, atThree(), moved)).toEqual([
      SPRING_ALL[0],
      { start: '2027-03-28T10:00:00Z', end: '2027-03-28T10:30:00Z' },
      SPRING_ALL[2],
    ])
  })

  it('removes a UTC RDATE that an EXDATE on the series clock names', () => {
    const text = atThree('RDATE:20270328T010000Z', 'EXDATE;TZID=Europe/Stockholm:20270328T030000')
    expect(read(spring, text)).toEqual([SPRING_ALL[0], SPRING_ALL[2]])
  })

  it('reads the repeated 02:30 as its first occurrence, and an EXDATE at either reading removes it, in a zone from the file', () => {
    // RFC 5545 3.3.5 and the engine: a repeated time is its first occurrence
    // (00:30Z, before the clocks go back), not ical.js's second (01:30Z).
    const all = autumnRead(atHalfPastTwo())
    expect(all).toEqual([
      { start: '2026-10-24T00:30:00Z', end: '2026-10-24T00:50:00Z' },
      { start: '2026-10-25T00:30:00Z', end: '2026-10-25T00:50:00Z' },
      { start: '2026-10-26T01:30:00Z', end: '2026-10-26T01:50:00Z' },
    ])
    // Exceptions match on the series' wall clock: both instants read 02:30.
    for (const exdate of ['EXDATE:20261025T003000Z', 'EXDATE:20261025T013000Z']) {
      expect(autumnRead(atHalfPastTwo(exdate))).toEqual([all[0], all[2]])
    }
    const until = atHalfPastTwo().replace('COUNT=3', 'UNTIL=20261025T003000Z')
    expect(autumnRead(until)).toEqual(all.slice(0, 2))
  })
})
