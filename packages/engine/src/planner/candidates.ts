import type { Fired } from '../evaluate/engine'
import { LUNCH_MINUTES } from '../facts/compute'
import type { Anchor, RuleEvent, SlotItem, SlotsParams } from '../rules/types'
import type { DayPlan, Profile } from '../types/profile'
import { pickInt, prng } from './random'
import { expandInFrame, inFrame, wakingHours } from './window'

/**
 * A local start time a trigger proposes, with the rule behind it. `minute`
 * counts from the day's midnight and may pass 1440 on a night shift.
 */
export interface Candidate {
  minute: number
  rule: string
  priority: number
  params: SlotsParams
  /** What the slot is for (the rule's `item`, default `snack`). */
  item: SlotItem
}

const MEALS = ['breakfast', 'lunch', 'dinner'] as const

/** The minutes an anchor stands for on a day: none when the day lacks it, one per meal for `meal-end`. */
function anchorMinutes(anchor: Anchor, profile: Profile, day: DayPlan): number[] {
  const waking = wakingHours(profile)
  const at = (time: string | undefined) => (time === undefined ? [] : [inFrame(waking, time)])
  switch (anchor) {
    case 'wake':
      return [waking.wake]
    case 'bed':
      return [waking.bed]
    case 'work-start':
      return at(day.work?.[0])
    case 'work-end':
      return at(day.work?.[1])
    case 'lunch':
      return at(day.lunch)
    case 'lunch-end':
      return at(day.lunch).map((m) => m + LUNCH_MINUTES)
    case 'meal-end':
      return MEALS.flatMap((meal) => at(day[meal]).map((m) => m + LUNCH_MINUTES))
  }
}

/** Where a repeating anchor slot stops: the end of work for work anchors, else bedtime. */
function repeatEnd(anchor: Anchor, profile: Profile, day: DayPlan): number {
  const waking = wakingHours(profile)
  const workEnd = day.work && inFrame(waking, day.work[1])
  return (anchor === 'work-start' || anchor === 'work-end') && workEnd !== undefined
    ? workEnd
    : waking.bed
}

/**
 * Expands the day's fired trigger events into candidate start minutes:
 * RRULEs in floating local time inside their window, fixed times, and
 * anchors plus an offset (a range picks a seeded minute), repeated every
 * `everyMin` when asked. Night shifts: everything is in the frame of the day
 * the waking hours start on.
 */
export function expandCandidates(
  fired: readonly Fired<Extract<RuleEvent, { type: 'slots' }>>[],
  profile: Profile,
  day: DayPlan,
  date: string,
  seed: number,
): Candidate[] {
  const waking = wakingHours(profile)
  const out: Candidate[] = []
  for (const f of fired) {
    const p = f.event.params
    const push = (minute: number) =>
      out.push({ minute, rule: f.rule, priority: f.priority, params: p, item: p.item ?? 'snack' })
    if (p.rrule !== undefined) {
      const window =
        p.window === 'work'
          ? day.work && {
              startMin: inFrame(waking, day.work[0]),
              endMin: inFrame(waking, day.work[1]),
            }
          : { startMin: waking.wake, endMin: waking.bed }
      if (window) for (const m of expandInFrame(p.rrule, date, window)) push(m)
    } else if (p.times !== undefined) {
      for (const t of p.times) push(inFrame(waking, t))
    } else if (p.anchor !== undefined) {
      const off = p.offsetMin ?? 0
      const delta =
        typeof off === 'number' ? off : pickInt(prng(seed, date, f.rule), off.min, off.max)
      const end = repeatEnd(p.anchor, profile, day)
      for (const base of anchorMinutes(p.anchor, profile, day)) {
        push(base + delta)
        if (p.everyMin !== undefined)
          for (let m = base + delta + p.everyMin; m < end; m += p.everyMin) push(m)
      }
    }
  }
  return out
}
