import { testPlugin } from '@snackplan/engine/testing'
import { describe, expect, it } from 'vitest'
import { calendarPlugin } from '../src/plugin'

// A weekly meeting every weekday morning, in the zone of the calendar that
// exported it; the suite plans random profiles in other zones around it.
const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//test//EN',
  'BEGIN:VEVENT',
  'UID:standup@example.com',
  'DTSTAMP:20261101T000000Z',
  'DTSTART:20261102T080000Z',
  'DTEND:20261102T090000Z',
  'RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  'SUMMARY:Stand-up',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n')

describe('calendarPlugin passes the shared plugin conformance suite', () => {
  it('with busy time from ICS text and from blocks', async () => {
    expect(await testPlugin(calendarPlugin({ busy: ICS }), { runs: 10 })).toEqual([])
    // Every morning of 2026-2027, the years the generated profiles start in.
    const blocks = Array.from({ length: 730 }, (_, i) => {
      const day = new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10)
      return { start: `${day}T09:00`, end: `${day}T12:00` }
    })
    expect(await testPlugin(calendarPlugin({ busy: blocks }), { runs: 5 })).toEqual([])
  })
})
