import { describe, expect, it } from 'vitest'
import type { Candidate } from '../../src/planner/candidates'
import { type SelectInput, selectSlots } from '../../src/planner/select'
import { localToEpoch } from '../../src/time'

const date = '2026-11-23'
const zone = 'Europe/Stockholm'
const at = (minute: number) => localToEpoch(date, minute, zone)
const cand = (minute: number, priority = 1, rule = `r${minute}`): Candidate => ({
  minute,
  rule,
  priority,
  params: {},
  item: 'snack',
})
const input = (over: Partial<SelectInput>): SelectInput => ({
  candidates: [],
  count: 3,
  minGapMin: 30,
  date,
  timeZone: zone,
  wakeMin: 6 * 60,
  bedMin: 22 * 60,
  spanSec: 120,
  busy: [],
  ...over,
})
const picked = (over: Partial<SelectInput>) => selectSlots(input(over)).map((s) => s.minute)

describe('selectSlots', () => {
  it('in listed order keeps a minute whose best candidate was listed after a weaker one', () => {
    // Found by the shared-instants property test: the minute used to be dropped.
    const slots = selectSlots(
      input({
        order: 'listed',
        count: 1,
        candidates: [cand(600, 1, 'weak'), cand(600, 2, 'strong')],
      }),
    )
    expect(slots.map((s) => [s.minute, s.rule])).toEqual([[600, 'strong']])
  })

  it('keeps the minimum gap between starts', () => {
    expect(picked({ candidates: [600, 610, 620, 640, 700].map((m) => cand(m)), count: 5 })).toEqual(
      [600, 640, 700],
    )
  })

  it('never overlaps a busy block, whole snack span included', () => {
    const busy = [{ start: at(600), end: at(660) }]
    // 599 + 2 min span runs into 10:00; 598 ends as it starts, 660 starts as it ends.
    expect(
      picked({
        candidates: [598, 599, 630, 660].map((m) => cand(m)),
        busy,
        count: 4,
        minGapMin: 0,
      }),
    ).toEqual([598, 660])
  })

  it('keeps the whole snack inside wake..bed', () => {
    expect(
      picked({
        candidates: [359, 360, 1318, 1319, 1320].map((m) => cand(m)),
        count: 5,
        minGapMin: 0,
      }),
    ).toEqual([360, 1318])
  })

  it('serves higher-priority triggers first, then fills from lower tiers', () => {
    const candidates = [cand(540, 1), cand(600, 5), cand(900, 5), cand(1200, 1), cand(615, 1)]
    expect(picked({ candidates, count: 3 })).toEqual([600, 900, 1200])
    expect(picked({ candidates, count: 2 })).toEqual([600, 900])
  })

  it('spreads snacks within a tier: the slot farthest from those chosen wins', () => {
    const hourly = Array.from({ length: 16 }, (_, i) => cand(360 + i * 60))
    expect(picked({ candidates: hourly, count: 2 })).toEqual([360, 1260])
    // 780 and 840 are both 7 h from the nearest: the earlier wins.
    expect(picked({ candidates: hourly, count: 3 })).toEqual([360, 780, 1260])
  })

  it('prefers the higher-priority rule when two propose the same minute', () => {
    const [s] = selectSlots(
      input({ candidates: [cand(600, 1, 'low'), cand(600, 3, 'high')], count: 1 }),
    )
    expect(s?.rule).toBe('high')
    expect(s?.epochMs).toBe(at(600))
  })

  it('returns slots sorted by time and no more than asked', () => {
    const out = selectSlots(
      input({ candidates: [1200, 400, 800, 1000].map((m) => cand(m)), count: 2 }),
    )
    expect(out).toHaveLength(2)
    expect(out[0]!.epochMs).toBeLessThan(out[1]!.epochMs)
  })
})
