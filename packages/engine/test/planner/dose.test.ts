import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fitDose } from '../../src/planner/dose'
import { entry } from './fixtures'

const SAFE = { min: 20, max: 90 }

describe('fitDose', () => {
  it('takes the preferred seconds when targets and bounds allow them', () => {
    expect(fitDose(entry('a'), { min: 30, max: 60 }, SAFE, 30)).toEqual({
      dose: 30,
      durationSec: 30,
    })
  })

  it('falls back to the entry default, clamped into the targets', () => {
    expect(fitDose(entry('a'), { min: 30, max: 40 }, SAFE)).toEqual({ dose: 40, durationSec: 40 })
  })

  it('lets the targets give way, never the entry range or the safety bounds', () => {
    // Target 100-120 s cannot be met by an entry of at most 60 s: stay in 20..60.
    expect(fitDose(entry('a'), { min: 100, max: 120 }, SAFE, 110)).toEqual({
      dose: 60,
      durationSec: 60,
    })
    const hold = entry('h', {
      dose: { unit: 'hold-seconds', min: 10, default: 15, max: 30, perSide: false },
    })
    // The entry allows 10 s, the safety bounds 20 s at least.
    expect(fitDose(hold, { min: 5, max: 15 }, SAFE, 10).durationSec).toBe(20)
  })

  it('counts both sides and 3 s per repetition', () => {
    const side = entry('s', {
      dose: { unit: 'seconds', min: 10, default: 20, max: 30, perSide: true },
    })
    expect(fitDose(side, { min: 30, max: 60 }, SAFE)).toEqual({ dose: 20, durationSec: 40 })
    const reps = entry('r', {
      dose: { unit: 'reps', min: 5, default: 10, max: 20, perSide: false },
    })
    expect(fitDose(reps, { min: 30, max: 60 }, SAFE)).toEqual({ dose: 10, durationSec: 30 })
  })

  it('never leaves the safety bounds when whole units only nearly fit them', () => {
    // 3 s per repetition: a 20 s target has no whole dose; 6 reps (18 s) would break the 20 s minimum.
    const reps = entry('r', {
      dose: { unit: 'reps', min: 5, default: 10, max: 20, perSide: false },
    })
    expect(fitDose(reps, { min: 20, max: 20 }, SAFE)).toEqual({ dose: 7, durationSec: 21 })
  })

  it('keeps every dose in the entry range and the safety bounds (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom('seconds', 'reps', 'hold-seconds'),
        fc.boolean(),
        fc.integer({ min: 5, max: 120 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 5, max: 200 }),
        (min, extra, unit, perSide, tMin, tExtra, preferred) => {
          const e = entry('x', { dose: { unit, min, default: min, max: min + extra, perSide } })
          const k = (unit === 'reps' ? 3 : 1) * (perSide ? 2 : 1)
          // Bounds that some whole dose of the entry fits (the planner filters the rest out).
          const limit = { min: 20, max: 90 }
          const lo = Math.max(min, Math.ceil(limit.min / k))
          const hi = Math.min(min + extra, Math.floor(limit.max / k))
          fc.pre(lo <= hi)
          const d = fitDose(e, { min: tMin, max: tMin + tExtra }, limit, preferred)
          return (
            d.dose >= min &&
            d.dose <= min + extra &&
            d.durationSec === d.dose * k &&
            d.durationSec >= limit.min &&
            d.durationSec <= limit.max
          )
        },
      ),
    )
  })
})
