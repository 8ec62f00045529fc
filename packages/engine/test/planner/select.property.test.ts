import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Candidate } from '../../src/planner/candidates'
import { type SelectInput, type Slot, selectSlots } from '../../src/planner/select'
import { frameToEpoch } from '../../src/planner/window'
import { TEST_ZONES } from '../../src/testing/index'

// The plain path, as the doc comment of selectSlots states it, with nothing
// hoisted or remembered: each candidate's instant resolved where it is read,
// each slot's distance computed from scratch.
function plainSelect(input: SelectInput): Slot[] {
  const usable = input.candidates
    .map((c) => ({ ...c, epochMs: frameToEpoch(input.date, c.minute, input.timeZone) }))
    .filter(
      (s) =>
        s.minute >= input.wakeMin &&
        s.minute + input.spanSec / 60 <= input.bedMin &&
        !input.busy.some((b) => b.start < s.epochMs + input.spanSec * 1000 && s.epochMs < b.end),
    )
  // Per minute the first candidate of the highest priority.
  const best = new Map<number, Slot>()
  for (const s of usable) {
    const seen = best.get(s.minute)
    if (!seen || s.priority > seen.priority) best.set(s.minute, s)
  }
  const firstSeen = [...new Set(usable.map((s) => s.minute))].map((m) => best.get(m)!)
  const pool =
    input.order === 'listed'
      ? firstSeen.sort((a, b) => b.priority - a.priority)
      : [...best.values()].sort((a, b) => b.priority - a.priority || a.minute - b.minute)
  const apart = Math.max(input.minGapMin * 60_000, input.spanSec * 1000, 1)
  const chosen: Slot[] = []
  for (const tier of new Set(pool.map((s) => s.priority))) {
    for (;;) {
      if (chosen.length >= input.count) break
      const open = pool.filter(
        (s) =>
          s.priority === tier &&
          !chosen.includes(s) &&
          chosen.every((c) => Math.abs(c.epochMs - s.epochMs) >= apart),
      )
      if (open.length === 0) break
      if (input.order === 'listed') {
        chosen.push(open[0]!)
        continue
      }
      const distance = (s: Slot) => {
        const near = [...chosen.map((c) => c.epochMs), ...(input.spreadFrom ?? [])]
        return near.length === 0 ? 0 : Math.min(...near.map((e) => Math.abs(e - s.epochMs)))
      }
      chosen.push(open.reduce((a, s) => (distance(s) > distance(a) ? s : a)))
    }
  }
  return chosen.sort((a, b) => a.epochMs - b.epochMs)
}

const candidate: fc.Arbitrary<Candidate> = fc.record({
  minute: fc.integer({ min: 0, max: 2000 }).map((m) => m - (m % 5)),
  rule: fc.constantFrom('a', 'b', 'c'),
  priority: fc.integer({ min: 1, max: 4 }),
  params: fc.constant({}),
  item: fc.constant('snack' as const),
})

describe('selectSlots equals the plain path', () => {
  it('picks the same slots in the same order, for spread and listed orders, across DST days', () => {
    fc.assert(
      fc.property(
        fc.record({
          candidates: fc.array(candidate, { maxLength: 60 }),
          count: fc.integer({ min: 0, max: 8 }),
          minGapMin: fc.integer({ min: 0, max: 120 }),
          date: fc.constantFrom('2026-03-29', '2026-10-25', '2026-04-05', '2026-11-23'),
          timeZone: fc.constantFrom(...TEST_ZONES),
          wakeMin: fc.integer({ min: 0, max: 600 }),
          bedMin: fc.integer({ min: 900, max: 2000 }),
          spanSec: fc.integer({ min: 20, max: 1800 }),
          order: fc.constantFrom('spread', 'listed', undefined),
          spreadMin: fc.array(fc.integer({ min: 0, max: 1800 }), { maxLength: 3 }),
          busyMin: fc.array(
            fc.tuple(fc.integer({ min: 0, max: 1800 }), fc.integer({ min: 5, max: 240 })),
            {
              maxLength: 3,
            },
          ),
        }),
        ({ spreadMin, busyMin, order, ...rest }) => {
          const at = (m: number) => frameToEpoch(rest.date, m, rest.timeZone)
          const input: SelectInput = {
            ...rest,
            ...(order ? { order } : {}),
            spreadFrom: spreadMin.map(at),
            busy: busyMin.map(([m, len]) => ({ start: at(m), end: at(m) + len * 60_000 })),
          }
          expect(selectSlots(input)).toEqual(plainSelect(input))
        },
      ),
      { numRuns: 500 },
    )
  })

  it('gives the same slots when the selections of one day share their resolved instants', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('2026-03-29', '2026-10-25', '2026-11-23'),
        fc.constantFrom(...TEST_ZONES),
        fc.array(
          fc.record({
            candidates: fc.array(candidate, { maxLength: 40 }),
            count: fc.integer({ min: 0, max: 6 }),
            spanSec: fc.integer({ min: 20, max: 1800 }),
            order: fc.constantFrom('spread' as const, 'listed' as const),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (date, timeZone, selections) => {
          const instants = new Map<number, number>()
          for (const one of selections) {
            const input: SelectInput = {
              ...one,
              minGapMin: 30,
              date,
              timeZone,
              wakeMin: 300,
              bedMin: 1500,
              busy: [],
            }
            expect(selectSlots({ ...input, instants })).toEqual(plainSelect(input))
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
