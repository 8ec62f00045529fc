import { isSnackplanError } from '@snackplan/catalog'
import type { PlanRequest, Profile } from '@snackplan/engine'
import { describe, expect, it } from 'vitest'
import { calendarPlugin } from '../src'
import { calendar, vevent } from './fixtures/ics'

const profile = {
  id: 'anna',
  locale: 'sv',
  timeZone: 'Europe/Stockholm',
  programStart: '2026-11-23',
} as Profile

describe('calendarPlugin', () => {
  it('is named calendar and hands given blocks to the planner', async () => {
    const blocks = [{ start: '2026-11-24T10:00', end: '2026-11-24T11:30' }]
    const plugin = calendarPlugin({ busy: blocks })
    expect(plugin.name).toBe('calendar')
    expect(await plugin.busy?.({ profile })).toEqual(blocks)
  })

  it('expands ICS text over the request window in the profile zone', async () => {
    const text = calendar(
      vevent('daily', 'DTSTART:20261120T090000', 'DTEND:20261120T093000', 'RRULE:FREQ=DAILY'),
    )
    const plugin = calendarPlugin({ busy: text })
    const request: PlanRequest = { profile, from: '2026-11-25', days: 2 }
    expect(await plugin.busy?.(request)).toEqual([
      { start: '2026-11-25T08:00:00Z', end: '2026-11-25T08:30:00Z' },
      { start: '2026-11-26T08:00:00Z', end: '2026-11-26T08:30:00Z' },
    ])
    // Without from/days: programStart and seven days.
    expect(await plugin.busy?.({ profile })).toHaveLength(7)
    expect(await plugin.busy?.({ profile, from: '2026-11-25', to: '2026-11-25' })).toHaveLength(1)
  })

  it('fails at setup for text that is not iCalendar, and for blocks that are not blocks', () => {
    for (const busy of ['not a calendar', [{ start: 1 }]] as never[]) {
      let error: unknown
      try {
        calendarPlugin({ busy })
      } catch (e) {
        error = e
      }
      expect(isSnackplanError(error)).toBe(true)
    }
  })
})
