import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createPlanner } from '../../src/planner/create'
import type { SnackplanPlugin } from '../../src/plugins/types'
import { checkProfile } from '../../src/profile'
import { busySpan } from '../../src/profile/busy'
import { validProfile } from './fixtures'

const ms = (iso: string) => Date.parse(iso)
const span = (start: string, end: string, zone = 'Europe/Stockholm') =>
  busySpan(start, end, zone, '/busy/0')

describe('busySpan: a busy block keeps every reading of its wall-clock span', () => {
  it('a block starting in the spring-forward gap starts before the jump (01:30+01:00 to 03:30+02:00)', () => {
    // 2027-03-28 in Stockholm: 02:00 CET becomes 03:00 CEST at 01:00Z.
    expect(span('2027-03-28T02:30', '2027-03-28T03:30')).toEqual({
      start: ms('2027-03-28T00:30:00Z'),
      end: ms('2027-03-28T01:30:00Z'),
      ordered: true,
    })
  })

  it('a block ending in the gap ends as RFC 5545 reads the end (after the jump)', () => {
    expect(span('2027-03-28T01:30', '2027-03-28T02:30:15')).toEqual({
      start: ms('2027-03-28T00:30:00Z'),
      end: ms('2027-03-28T01:30:15Z'),
      ordered: true,
    })
  })

  it('a block wholly in the gap, or from its start to its end, is never empty', () => {
    expect(span('2027-03-28T02:15', '2027-03-28T02:45')).toEqual({
      start: ms('2027-03-28T00:15:00Z'),
      end: ms('2027-03-28T01:45:00Z'),
      ordered: true,
    })
    expect(span('2027-03-28T02:00', '2027-03-28T03:00')).toEqual({
      start: ms('2027-03-28T00:00:00Z'),
      end: ms('2027-03-28T01:00:00Z'),
      ordered: true,
    })
  })

  it('reads gaps of other lengths the same way (30-minute and 1-hour gaps)', () => {
    // Lord Howe Island skips 02:00-02:30 on 2026-10-04 (+10:30 -> +11:00).
    expect(span('2026-10-04T02:15', '2026-10-04T03:00', 'Australia/Lord_Howe')).toMatchObject({
      start: ms('2026-10-03T15:15:00Z'),
      end: ms('2026-10-03T16:00:00Z'),
      ordered: true,
    })
    expect(span('2026-03-08T02:30', '2026-03-08T04:00', 'America/New_York')).toMatchObject({
      start: ms('2026-03-08T06:30:00Z'),
      end: ms('2026-03-08T08:00:00Z'),
      ordered: true,
    })
  })

  it('outside gaps the RFC 5545 reading stands (a repeated time is its first occurrence)', () => {
    expect(span('2026-10-25T02:30', '2026-10-25T03:30')).toEqual({
      start: ms('2026-10-25T00:30:00Z'),
      end: ms('2026-10-25T02:30:00Z'),
      ordered: true,
    })
    expect(span('2026-11-24T10:00', '2026-11-24T10:00:00Z')).toMatchObject({
      start: ms('2026-11-24T09:00:00Z'),
      ordered: true,
    })
  })

  it('a block that really ends before (or as) it starts is out of order, in a gap too', () => {
    for (const [start, end] of [
      ['2027-03-28T03:30', '2027-03-28T02:30'],
      ['2027-03-28T02:45', '2027-03-28T02:15'],
      ['2027-03-28T02:30', '2027-03-28T02:30'],
      ['2026-10-25T02:30', '2026-10-25T02:10'],
      ['2026-11-24T10:00', '2026-11-24T09:00Z'],
    ] as const) {
      expect(span(start, end).ordered, `${start} to ${end}`).toBe(false)
    }
  })
})

describe('a spring-forward busy block in a profile', () => {
  const gapBlock = { start: '2027-03-28T02:30', end: '2027-03-28T03:30' }

  it('is accepted by checkProfile; a reversed one is refused with both times', () => {
    const doc = { ...validProfile(), busy: [gapBlock] }
    expect(checkProfile(doc).ok).toBe(true)
    const reversed = checkProfile({
      ...doc,
      busy: [{ start: '2027-03-28T03:30', end: '2027-03-28T02:30' }],
    })
    expect(reversed.ok ? [] : reversed.errors).toEqual([
      {
        code: 'profile/busy-not-ordered',
        path: '/busy/0/end',
        message: 'busy block must end after it starts (got 2027-03-28T03:30 to 2027-03-28T02:30)',
      },
    ])
  })

  // Awake and working through the night of the change, so the block matters.
  const anna = JSON.parse(
    readFileSync(new URL('../../../../examples/profiles/anna.json', import.meta.url), 'utf8'),
  )
  const nightShift = {
    ...anna,
    wake: '00:00',
    bed: '08:00',
    busy: [],
    days: Object.fromEntries(
      Object.keys(anna.days).map((d) => [
        d,
        { type: 'office', work: ['00:30', '07:30'], lunch: '04:00' },
      ]),
    ),
  }
  const request = { from: '2027-03-28', days: 1 }
  const starts = (plan: { days: { snacks: { start: string }[] }[] }) =>
    plan.days[0]!.snacks.map((s) => ms(s.start))

  it('is planned around as 01:30+01:00 to 03:30+02:00, like the same block written with offsets', async () => {
    const planner = createPlanner()
    const free = await planner.plan({ profile: nightShift, ...request })
    const gap = await planner.plan({ profile: { ...nightShift, busy: [gapBlock] }, ...request })
    const explicit = await planner.plan({
      profile: {
        ...nightShift,
        busy: [{ start: '2027-03-28T01:30+01:00', end: '2027-03-28T03:30+02:00' }],
      },
      ...request,
    })
    const inBlock = (t: number) => t >= ms('2027-03-28T00:30:00Z') && t < ms('2027-03-28T01:30:00Z')
    // Without the block something is planned in it, so the test can fail.
    expect(starts(free).some(inBlock)).toBe(true)
    expect(starts(gap).some(inBlock)).toBe(false)
    expect(gap.days).toEqual(explicit.days)
  })

  it('a plugin may return one too; a reversed plugin block names both times', async () => {
    const busy = (blocks: { start: string; end: string }[]): SnackplanPlugin => ({
      name: 'my-calendar',
      busy: () => blocks,
    })
    const viaPlugin = await createPlanner({ plugins: [busy([gapBlock])] }).plan({
      profile: nightShift,
      ...request,
    })
    const viaProfile = await createPlanner().plan({
      profile: { ...nightShift, busy: [gapBlock] },
      ...request,
    })
    expect(viaPlugin.days).toEqual(viaProfile.days)
    await expect(
      createPlanner({
        plugins: [busy([{ start: '2027-03-28T03:30', end: '2027-03-28T02:30' }])],
      }).plan({ profile: nightShift, ...request }),
    ).rejects.toMatchObject({
      errors: [
        {
          code: 'plugin/busy-not-ordered',
          path: '/plugins/0/busy/0/end',
          message:
            'a busy block must end after it starts (got 2027-03-28T03:30 to 2027-03-28T02:30)',
        },
      ],
    })
  })
})
