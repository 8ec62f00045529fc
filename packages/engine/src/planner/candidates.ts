import type { Fired } from '../evaluate/engine'
import { LUNCH_MINUTES } from '../facts/compute'
import type { Anchor, RuleEvent, SlotsParams } from '../rules/types'
import { expandLocalRRule, parseLocalTime } from '../time'
import type { DayPlan, Profile } from '../types/profile'
import { pickInt, prng } from './random'

/** A local start time a trigger proposes, with the rule behind it. */
export interface Candidate {
  minute: number
  rule: string
  priority: number
  params: SlotsParams
}

function anchorMinute(anchor: Anchor, profile: Profile, day: DayPlan): number | undefined {
  switch (anchor) {
    case 'wake':
      return parseLocalTime(profile.wake)
    case 'bed':
      return parseLocalTime(profile.bed)
    case 'work-start':
      return day.work && parseLocalTime(day.work[0])
    case 'work-end':
      return day.work && parseLocalTime(day.work[1])
    case 'lunch':
      return day.lunch === undefined ? undefined : parseLocalTime(day.lunch)
    case 'lunch-end':
      return day.lunch === undefined ? undefined : parseLocalTime(day.lunch) + LUNCH_MINUTES
  }
}

/**
 * Expands the day's fired trigger events into candidate start minutes:
 * RRULEs in floating local time inside their window, fixed times, and
 * anchors plus an offset (a range picks a seeded minute).
 */
export function expandCandidates(
  fired: readonly Fired<Extract<RuleEvent, { type: 'slots' }>>[],
  profile: Profile,
  day: DayPlan,
  date: string,
  seed: number,
): Candidate[] {
  const wake = parseLocalTime(profile.wake)
  const bed = parseLocalTime(profile.bed)
  const out: Candidate[] = []
  for (const f of fired) {
    const p = f.event.params
    const push = (minute: number) =>
      out.push({ minute, rule: f.rule, priority: f.priority, params: p })
    if (p.rrule !== undefined) {
      const window =
        p.window === 'work'
          ? day.work && {
              startMin: parseLocalTime(day.work[0]),
              endMin: parseLocalTime(day.work[1]),
            }
          : { startMin: wake, endMin: bed }
      if (window) for (const m of expandLocalRRule(p.rrule, date, window)) push(m)
    } else if (p.times !== undefined) {
      for (const t of p.times) push(parseLocalTime(t))
    } else if (p.anchor !== undefined) {
      const base = anchorMinute(p.anchor, profile, day)
      if (base === undefined) continue
      const off = p.offsetMin ?? 0
      const delta =
        typeof off === 'number' ? off : pickInt(prng(seed, date, f.rule), off.min, off.max)
      push(base + delta)
    }
  }
  return out
}
