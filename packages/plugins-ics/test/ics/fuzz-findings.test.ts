import { isSnackplanError } from '@snackplan/catalog'
import { describe, expect, it } from 'vitest'
import { createFeedHandler } from '../../src/feed'
import { toICS } from '../../src/ics'
import { fakePlanner } from '../feed/fixtures'
import { sv } from './fixtures'

const failure = (work: () => unknown) => {
  try {
    work()
  } catch (e) {
    if (isSnackplanError(e)) return { at: `${e.code} ${e.path}`, message: e.message }
    throw e
  }
  return { at: 'no error', message: '' }
}

let deep: unknown = 0
for (let i = 0; i < 100_000; i++) deep = [deep]

// Found by the toICS fuzz target (packages/plugins-ics/test/fuzz, issue 9):
// each used to end in a TypeError or a RangeError instead of a SnackplanError.
describe('toICS fuzz findings', () => {
  it.each([
    [
      'a deeply nested option (the message overflowed the stack)',
      () => toICS(sv, { times: deep } as never),
      'ics/invalid-option /times',
    ],
    [
      'a deeply nested refreshHours',
      () => toICS(sv, { refreshHours: deep } as never),
      'ics/invalid-option /refreshHours',
    ],
    ['a null event', () => toICS([null] as never), 'ics/invalid-option /0'],
    [
      'a null alarm',
      () => toICS([{ ...sv[0]!, alarms: [null] }] as never),
      'ics/invalid-option /0/alarms/0',
    ],
    ['null options', () => toICS(sv, null as never), 'ics/invalid-option '],
  ])('%s', (_, work, expected) => {
    expect(failure(work).at).toBe(expected)
  })

  it('repeats a huge bad value in a short message', () => {
    const { message } = failure(() => toICS(sv, { times: 'x'.repeat(1_000_000) } as never))
    expect(message).toContain('(1000000 characters)')
    expect(message.length).toBeLessThan(300)
  })
})

describe('feed option fuzz findings', () => {
  it('refuses a deeply nested window with a SnackplanError', () => {
    const work = () =>
      createFeedHandler({
        planner: fakePlanner(),
        getProfile: () => undefined,
        window: { pastDays: deep } as never,
      })
    expect(failure(work).at).toMatch(/^feed\/\S+ \/window\/pastDays$/)
  })
})
