import { readFileSync } from 'node:fs'
import { isSnackplanError } from '@snackplan/catalog'
import { createPlanner, loadProfile, type PlanRequest, type Profile } from '@snackplan/engine'
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

const anna = loadProfile(
  JSON.parse(
    readFileSync(new URL('../../../examples/profiles/anna.json', import.meta.url), 'utf8'),
  ),
)

describe('calendarPlugin fingerprint', () => {
  const text = (time: string) =>
    calendar(
      vevent('daily', `DTSTART:20261120T${time}`, 'DTEND:20261120T093000', 'RRULE:FREQ=DAILY'),
    )
  const print = (options: Parameters<typeof calendarPlugin>[0]) =>
    calendarPlugin(options).fingerprint?.({ profile })

  it('is the same for the same calendar and options, so feeds can answer 304 without planning', async () => {
    expect(await print({ busy: text('090000') })).toMatch(/^calendar@\d+\.\d+\.\d+.*:[0-9a-f]{64}$/)
    expect(await print({ busy: text('090000') })).toBe(await print({ busy: text('090000') }))
    const blocks = [{ start: '2026-11-24T10:00', end: '2026-11-24T11:30' }]
    expect(await print({ busy: blocks })).toBe(await print({ busy: [...blocks] }))
  })

  it('changes with the calendar, the blocks and every option', async () => {
    const prints = await Promise.all([
      print({ busy: text('090000') }),
      print({ busy: text('083000') }),
      print({ busy: text('090000'), ignoreAllDay: true }),
      print({ busy: text('090000'), maxOccurrences: 10 }),
      print({ busy: text('090000'), unsupportedRecurrence: 'first-occurrence' }),
      print({ busy: [{ start: '2026-11-24T10:00', end: '2026-11-24T11:30' }] }),
      print({ busy: [{ start: '2026-11-24T10:00', end: '2026-11-24T11:45' }] }),
    ])
    expect(new Set(prints).size).toBe(prints.length)
  })

  it('gives the planner a fingerprint (feeds no longer plan every request)', async () => {
    const planner = createPlanner({ plugins: [calendarPlugin({ busy: text('090000') })] })
    const request = { profile: anna, days: 7 }
    expect(await planner.fingerprint(request)).toBeDefined()
    const other = createPlanner({ plugins: [calendarPlugin({ busy: text('083000') })] })
    expect(await other.fingerprint(request)).not.toBe(await planner.fingerprint(request))
  })
})
