import { isSnackplanError } from '@snackplan/catalog'
import type { Plan } from '@snackplan/engine'
import { describe, expect, it } from 'vitest'
import { toCalendarEvents } from '../src/events/to-calendar-events'
import { toJCal } from '../src/jcal/to-jcal'
import { catalog } from './fixtures/catalog'
import { annaPlan } from './fixtures/plan'

const codeOf = (work: () => unknown) => {
  try {
    work()
  } catch (e) {
    if (isSnackplanError(e)) return `${e.code} ${e.path}`
    throw e
  }
  return 'no error'
}

const plan = {
  profileId: 'anna',
  timeZone: 'UTC',
  from: '2026-11-23',
  to: '2026-11-23',
  days: [],
} as unknown as Plan

describe('wrong shapes from plain JavaScript get SnackplanErrors, not TypeErrors', () => {
  it.each([
    ['a null plan', () => toCalendarEvents(null as never), 'calendar/plan '],
    [
      'a plan without days',
      () => toCalendarEvents({ ...plan, days: undefined } as never),
      'calendar/plan ',
    ],
    [
      'a day without snacks',
      () => toCalendarEvents({ ...plan, days: [{ date: '2026-11-23' }] } as never),
      'calendar/plan /days/0',
    ],
    [
      'alarms that are not a list',
      () => toCalendarEvents(plan, { alarms: 5 } as never),
      'calendar/options /alarms',
    ],
    [
      'previous that is not a list',
      () => toCalendarEvents(plan, { previous: {} } as never),
      'calendar/options /previous',
    ],
    [
      'a uidSecret that is not a string',
      () => toCalendarEvents(plan, { uidSecret: 5 } as never),
      'calendar/options /uidSecret',
    ],
    ['toJCal without a list', () => toJCal(null as never), 'calendar/events '],
    [
      'a null previous event',
      () => toCalendarEvents(plan, { previous: [null] } as never),
      'calendar/options /previous/0',
    ],
    [
      'a previous sequence that is text',
      () =>
        toCalendarEvents(plan, {
          previous: [
            { uid: 'u', start: 's', end: 'e', summary: 's', description: 'd', sequence: '3' },
          ],
        } as never),
      'calendar/options /previous/0/sequence',
    ],
    [
      'a previous stamp that is not an instant',
      () =>
        toCalendarEvents(plan, {
          previous: [
            {
              uid: 'u',
              start: 's',
              end: 'e',
              summary: 's',
              description: 'd',
              sequence: 1,
              stamp: 'yesterday',
            },
          ],
        } as never),
      'calendar/invalid-time /previous/0/stamp',
    ],
  ])('%s', (_, work, expected) => {
    expect(codeOf(work)).toBe(expected)
  })

  it('an empty plan is fine', () => {
    expect(toCalendarEvents(plan)).toEqual([])
  })
})

// Found by the toCalendarEvents fuzz target (fuzz/, issue 9): a stored or
// hand-made plan with a wrong value deep inside used to end in a TypeError.
describe('fuzz findings: malformed plans are refused with a path', () => {
  const real = annaPlan()
  const withSnack = (change: Record<string, unknown>) => ({
    ...real,
    days: [{ ...real.days[0]!, snacks: [{ ...real.days[0]!.snacks[0]!, ...change }] }],
  })
  it.each([
    ['modifiers: null', withSnack({ modifiers: null }), 'calendar/plan /days/0/snacks/0/modifiers'],
    ['reasons: [1]', withSnack({ reasons: [1] }), 'calendar/plan /days/0/snacks/0/reasons'],
    ['dose: "45"', withSnack({ dose: '45' }), 'calendar/plan /days/0/snacks/0/dose'],
    [
      'a null snack',
      { ...real, days: [{ ...real.days[0]!, snacks: [null] }] },
      'calendar/plan /days/0/snacks/0',
    ],
    ['a null advisory', { ...real, advisories: [null] }, 'calendar/plan /advisories/0'],
    ['why: 5', withSnack({ why: 5 }), 'calendar/plan /days/0/snacks/0/why'],
    [
      'a cue that is not a cue',
      { ...real, days: [{ ...real.days[0]!, cues: [7] }] },
      'calendar/plan /days/0',
    ],
  ])('%s', (_, bad, expected) => {
    expect(codeOf(() => toCalendarEvents(bad as never, { catalog }))).toBe(expected)
  })
})

describe('fuzz findings: a deep value in an option or instant does not overflow the message', () => {
  let deep: unknown = 0
  for (let i = 0; i < 100_000; i++) deep = [deep]
  const real = annaPlan()
  it.each([
    ['minDurationMin', () => toCalendarEvents(real, { catalog, minDurationMin: deep as never })],
    [
      'alarms',
      () => toCalendarEvents(real, { catalog, alarms: [{ minutesBefore: deep as never }] }),
    ],
    ['a stamp', () => toCalendarEvents(real, { catalog, stamp: deep as never })],
  ])('%s', (_, work) => {
    expect(codeOf(work)).toMatch(/^calendar\/\S+ \//)
  })
})
