import { describe, expect, it } from 'vitest'
import {
  DEFAULT_BOUNDS,
  DEFAULT_TARGETS,
  dayBounds,
  dayTargets,
  mergeBounds,
  mergeTargets,
} from '../../src/planner/targets'
import { fired } from './fixtures'

describe('mergeTargets', () => {
  it('uses the defaults when nothing fires', () => {
    expect(mergeTargets([])).toEqual({ ...DEFAULT_TARGETS, rules: [], sources: {} })
  })

  it('merges field by field: higher priority wins, then the later rule', () => {
    const merged = mergeTargets([
      fired('week', { type: 'targets', params: { snacks: 3, focus: 'mixed', effort: 6 } }, 5, 0),
      fired('easy', { type: 'targets', params: { modifiers: ['tempo'] } }, 20, 2),
      fired('weekday', { type: 'targets', params: { focus: 'cardio' } }, 6, 1),
      fired('week-late', { type: 'targets', params: { snacks: 4 } }, 5, 3),
    ])
    expect(merged).toMatchObject({ snacks: 4, focus: 'cardio', effort: 6, modifiers: ['tempo'] })
    expect(merged.rules).toEqual(['week', 'week-late', 'weekday', 'easy'])
    expect(merged.sources).toEqual({
      snacks: 'week-late',
      focus: 'weekday',
      effort: 'week',
      modifiers: 'easy',
    })
    const flipped = mergeTargets([
      fired('a', { type: 'targets', params: { focus: 'strength' } }, 9, 0),
      fired('b', { type: 'targets', params: { focus: 'cardio' } }, 1, 1),
    ])
    expect(flipped.focus).toBe('strength')
  })
})

describe('mergeBounds', () => {
  it('uses the seed-guide numbers when nothing fires', () => {
    expect(mergeBounds([])).toEqual({ ...DEFAULT_BOUNDS, reasons: [] })
  })

  it('keeps the strictest value of every bound, whatever the priority', () => {
    const b = mergeBounds([
      fired(
        'safe',
        {
          type: 'bounds',
          params: {
            snackSec: { min: 20, max: 90 },
            daySec: { max: 540 },
            minGapMin: 30,
            maxSnacks: 6,
            warmupSec: 15,
            warmupFromEffort: 7,
          },
        },
        1,
      ),
      fired(
        'loose',
        {
          type: 'bounds',
          params: {
            snackSec: { min: 5, max: 300 },
            daySec: { max: 3600 },
            minGapMin: 0,
            maxSnacks: 20,
            warmupSec: 10,
            warmupFromEffort: 9,
          },
        },
        100,
      ),
      fired(
        'tight',
        {
          type: 'bounds',
          params: {
            snackSec: { min: 25, max: 60 },
            holdSec: { min: 15, max: 40 },
            minGapMin: 45,
            maxSnacks: 4,
            warmupFromEffort: 6,
          },
        },
        1,
      ),
    ])
    expect(b).toEqual({
      snackSec: { min: 25, max: 60 },
      holdSec: { min: 15, max: 40 },
      daySecMax: 540,
      minGapMin: 45,
      maxSnacks: 4,
      warmupSec: 15,
      warmupFromEffort: 6,
      reasons: ['limit:safe', 'limit:loose', 'limit:tight'],
    })
  })
})

describe('dayTargets and dayBounds: one merge per remembered answer', () => {
  const week = fired('week', { type: 'targets', params: { snacks: 4, focus: 'cardio' } }, 5, 0)
  const limit = fired('office', { type: 'bounds', params: { maxSnacks: 3 } }, 1, 0)

  it('gives a frozen (remembered) answer the same frozen merge every time', () => {
    const answer = Object.freeze([week])
    const first = dayTargets(answer)
    expect(dayTargets(answer)).toBe(first)
    expect(first).toEqual(mergeTargets([week]))
    expect(Object.isFrozen(first) && Object.isFrozen(first.rules)).toBe(true)
    const bounds = Object.freeze([limit])
    expect(dayBounds(bounds)).toBe(dayBounds(bounds))
    expect(dayBounds(bounds)).toEqual(mergeBounds([limit]))
  })

  it('merges a list that can still change afresh each time', () => {
    const answer = [week]
    const first = dayTargets(answer)
    expect(dayTargets(answer)).not.toBe(first)
    expect(first).toEqual(mergeTargets(answer))
    expect(Object.isFrozen(first)).toBe(false)
  })
})
