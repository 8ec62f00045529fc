import { isSnackplanError } from '@snackplan/catalog'
import { describe, expect, it } from 'vitest'
import { busyFromICS } from '../../src/busy/busy-from-ics'

// Pins the wording of busyFromICS window errors: a Date is named as one.
const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nEND:VCALENDAR\r\n'
function messages(from: unknown, to: unknown): string[] {
  try {
    busyFromICS(ICS, { from, to } as never)
  } catch (e) {
    if (isSnackplanError(e)) return e.errors.map((i) => `${i.path} ${i.code}: ${i.message}`)
    throw e
  }
  return []
}

describe('busyFromICS window messages', () => {
  it('a Date, a number and a malformed string', () => {
    expect(messages(new Date(Date.UTC(2026, 10, 23)), '2026-11-30')).toMatchInlineSnapshot(`
      [
        "/from calendar/window: from must be a string: a date YYYY-MM-DD or an ISO instant with an offset, got a Date object (pass date.toISOString())",
      ]
    `)
    expect(messages('2026-11-23', 20261130)).toMatchInlineSnapshot(`
      [
        "/to calendar/window: to must be a string: a date YYYY-MM-DD or an ISO instant with an offset, got the number 20261130",
      ]
    `)
    expect(messages('23/11/2026', '2026-11-30')).toMatchInlineSnapshot(`
      [
        "/from calendar/window: from must be a string: a date YYYY-MM-DD or an ISO instant with an offset, got the string "23/11/2026"",
      ]
    `)
  })
})
