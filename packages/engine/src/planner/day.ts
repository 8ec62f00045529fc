import type { Catalog } from '@snackplan/catalog'
import { dayFacts, type FactValues, historyFacts, steppedDown } from '../facts/compute'
import type { SlotItem } from '../rules/types'
import { daysBetween, formatZoned, weekdayOf } from '../time'
import type { Focus, PlannedDay, PlannedSnack } from '../types/plan'
import type { Profile } from '../types/profile'
import { type Candidate, expandCandidates } from './candidates'
import type { EligibleEntries } from './choose'
import type { Safety } from './contraindications'
import { planCues } from './cues'
import { finish, type ItemContext, type Made, makeItem, spanOf } from './items'
import { prng } from './random'
import type { Rulebook } from './rulebook'
import { type Interval, type SelectInput, selectSlots } from './select'
import { focusOfKind } from './settings'
import { dayBounds, dayTargets } from './targets'
import { frameToEpoch, wakingHours } from './window'

/** Sessions already planned in the current program week, per rule. */
export interface WeekState {
  sessions: Map<string, { count: number; last: string }>
}

/** Everything one day's planning reads; built once per plan. */
export interface DayContext {
  profile: Profile
  catalog: Catalog
  rules: Rulebook
  safety: Safety
  profileFacts: FactValues
  /** Plugin facts of day scope for a date. */
  extraDayFacts?: (date: string) => FactValues
  busy: readonly Interval[]
  seed: number
  /** Minutes kept free per item, the calendar event's minimum length. */
  slotMinutes: number
  /** Exercise id -> times used in the last few days, for variety. */
  recentUse: ReadonlyMap<string, number>
  /** This program week's sessions so far; the caller resets it each week. */
  week: WeekState
  /** The plan's eligible entries per wish (`rememberEligible`); default: worked out per slot. */
  eligible?: EligibleEntries
}

// A "mixed" day alternates the two efforts; mobility is for pauses, so a
// day's effort target is never spent on a stretch.
const ROTATION: Focus[] = ['cardio', 'strength']
// An active pause within this many minutes of another item is not needed:
// that item already broke the sitting.
const ACTIVE_PAUSE_CLEARANCE_MIN = 20
// Rest between rounds when a round is added to reach the day's active time.
const TOP_UP_REST_SEC = 60

/** On a mixed day a trigger that names an exercise also names the focus. */
function triggerFocus(catalog: Catalog, id: string | undefined): Focus | undefined {
  const entry = id === undefined ? undefined : catalog.get(id)
  return entry && focusOfKind(entry.kind)
}

/**
 * Plans one local date: cues, targets, candidate slots, then the items in
 * this order, each kept clear of busy time, bedtime and the items before it:
 * at most one session, the snacks (their limit, then a second round where
 * the day's active time is short), hourly active pauses, and the mobility
 * or breathing pauses.
 */
export async function planDay(ctx: DayContext, date: string): Promise<PlannedDay> {
  const { profile } = ctx
  const dayPlan = profile.days[weekdayOf(date)]
  const ofDay = dayFacts(profile, date)
  // The day's facts in layers (profile, day, plugins' day facts), never spread into one object.
  const facts = [ctx.profileFacts, ofDay, ...(ctx.extraDayFacts ? [ctx.extraDayFacts(date)] : [])]
  const programDay = ofDay['program.day'] as number
  const waking = wakingHours(profile)
  const wakeMs = frameToEpoch(date, waking.wake, profile.timeZone)
  const bedMs = frameToEpoch(date, waking.bed, profile.timeZone)
  const day: PlannedDay = {
    date,
    dayType: dayPlan.type,
    programDay,
    totalActiveSec: 0,
    snacks: [],
    cues: [],
    awake: {
      start: formatZoned(wakeMs, profile.timeZone),
      end: formatZoned(bedMs, profile.timeZone),
    },
  }
  if (programDay < 1) return day

  const bounds = dayBounds(await ctx.rules.bounds.run(...facts))
  day.cues = planCues(
    await ctx.rules.cues.run(...facts),
    ctx.catalog,
    ctx.safety,
    profile,
    dayPlan,
    bounds,
  )
  if (dayPlan.type === 'rest') return day

  const targets = dayTargets(
    await ctx.rules.progression.run(...facts, historyFacts(profile, date, ctx.catalog)),
  )
  const candidates = expandCandidates(
    await ctx.rules.triggers.run(...facts),
    profile,
    dayPlan,
    date,
    ctx.seed,
  )
  const of = (item: SlotItem) => candidates.filter((c) => c.item === item)
  // Every selection of the day resolves a frame minute's instant once.
  const instants = new Map<number, number>()
  const items: Made[] = []
  const occupied = (extraMin = 0): Interval[] => [
    ...ctx.busy,
    ...items.map((m) => {
      const end = m.epochMs + Math.max(ctx.slotMinutes * 60, m.spanSec) * 1000
      return { start: m.epochMs - extraMin * 60_000, end: end + extraMin * 60_000 }
    }),
  ]
  const select = (
    cands: readonly Candidate[],
    count: number,
    spanSec: number,
    more: Partial<SelectInput> = {},
  ) =>
    selectSlots({
      candidates: cands,
      count,
      minGapMin: 0,
      date,
      timeZone: profile.timeZone,
      wakeMin: waking.wake,
      bedMin: waking.bed,
      spanSec: Math.max(ctx.slotMinutes * 60, spanSec),
      busy: occupied(),
      spreadFrom: items.map((m) => m.epochMs),
      instants,
      ...more,
    })
  const stepped = steppedDown(profile, date)
  const ictx: ItemContext = {
    profile,
    catalog: ctx.catalog,
    rules: ctx.rules,
    safety: ctx.safety,
    dayPlan,
    facts,
    targets,
    bounds,
    stepped,
    recentUse: ctx.recentUse,
    used: new Set<string>(),
    random: prng(ctx.seed, date, 'exercise'),
    eligible: ctx.eligible,
  }
  const noBonus = { sec: 0 }
  // Slots were chosen for an expected length; an item that came out longer
  // must still keep clear of everything (else it is left out).
  const clear = (m: Made) =>
    fitsAlone(m, occupiedBesides(ctx.busy, items, m, ctx.slotMinutes), bedMs, ctx.slotMinutes)
  const light = targets.focus === 'mobility'

  // 1. A longer session: the first rule (by priority) with a slot that fits
  // and, for weekly sessions, room left this week and a day since the last.
  const sessionRules = [...new Set(of('session').map((c) => c.rule))]
  for (const rule of sessionRules) {
    const cands = of('session').filter((c) => c.rule === rule)
    const params = cands[0]!.params
    const seen = ctx.week.sessions.get(rule)
    if (params.perWeek !== undefined && seen) {
      if (seen.count >= params.perWeek || daysBetween(seen.last, date) < 2) continue
    }
    // Without a length the session may take up to 30 minutes: keep that free.
    const [slot] = select(cands, 1, params.doseSec ?? 1800, { order: 'listed' })
    const made = slot && (await makeItem(ictx, slot, 'session', params.focus, 0, noBonus))
    if (!made || !clear(made)) continue
    items.push(made)
    ctx.week.sessions.set(rule, { count: (seen?.count ?? 0) + 1, last: date })
    break
  }

  // 2. The snacks (none on a light day): higher-priority triggers first, spread out.
  const count = light ? 0 : Math.min(targets.snacks, bounds.maxSnacks)
  const snackCands = of('snack')
  const rounds = targets.rounds ?? Math.max(1, ...snackCands.map((c) => c.params.rounds ?? 1))
  const rest = targets.restSec ?? Math.max(0, ...snackCands.map((c) => c.params.restSec ?? 30))
  const slots = selectSlots({
    candidates: snackCands,
    count,
    minGapMin: bounds.minGapMin,
    date,
    timeZone: profile.timeZone,
    wakeMin: waking.wake,
    bedMin: waking.bed,
    // A calendar shows each snack as an event of at least `slotMinutes`, so
    // that much time must be free too, not just the snack itself.
    spanSec: Math.max(
      ctx.slotMinutes * 60,
      bounds.warmupSec + rounds * bounds.snackSec.max + (rounds - 1) * rest,
    ),
    busy: occupied(),
    instants,
  })
  const bonus = { sec: targets.bonusSec ?? 0 }
  const snacks: Made[] = []
  for (const [i, slot] of slots.entries()) {
    // A slot with its own exercises keeps its focus (the walk after a meal on
    // a strength day), unless the day itself names exercises (starter day 3).
    const focus: Focus | undefined =
      slot.params.exercises && slot.params.focus && !targets.exercises
        ? slot.params.focus
        : targets.focus === 'mixed'
          ? (slot.params.focus ??
            triggerFocus(ctx.catalog, slot.params.exercise) ??
            ROTATION[(programDay + i) % ROTATION.length])
          : targets.focus
    const made = await makeItem(ictx, slot, 'snack', focus, i, bonus)
    if (made) snacks.push(made)
  }
  enforceDayLimit(snacks, bounds.daySecMax)
  items.push(...snacks)
  topUp(snacks, targets.minActiveSec ?? 0, bounds.daySecMax, clear)

  // 3. Hourly active pauses, where no other item already breaks the sitting.
  const activeCands = of('active-pause')
  for (const slot of selectSlots({
    candidates: activeCands,
    count: activeCands.length,
    minGapMin: 45,
    date,
    timeZone: profile.timeZone,
    wakeMin: waking.wake,
    bedMin: waking.bed,
    spanSec: Math.max(ctx.slotMinutes * 60, activeCands[0]?.params.doseSec ?? 120),
    busy: occupied(ACTIVE_PAUSE_CLEARANCE_MIN),
    order: 'listed',
    instants,
  })) {
    const made = await makeItem(ictx, slot, 'active-pause', 'mobility', 0, noBonus)
    if (made && clear(made)) items.push(made)
  }

  // 4. Mobility or breathing pauses, from their own slots, never a snack's.
  // A rule set without pause slots gets them in the trigger times the snacks
  // left free (all of them on a light day).
  const pauses = (targets.mobilitySnacks ?? 0) + (light ? targets.snacks : 0)
  const pauseCands = of('pause').length > 0 ? of('pause') : snackCands
  for (const slot of select(pauseCands, pauses, 60)) {
    const made = await makeItem(ictx, slot, 'pause', 'mobility', 0, noBonus)
    if (made && clear(made)) items.push(made)
  }

  items.sort((a, b) => a.epochMs - b.epochMs)
  day.snacks = items.map((m, i) => finish(m, `${profile.id}-${date}-${i + 1}`, profile.timeZone))
  day.totalActiveSec = activeSeconds(day.snacks)
  return day
}

/** Effortful seconds of the day: rounds x work of its snacks, never pauses or sessions. */
export function activeSeconds(items: readonly PlannedSnack[]): number {
  return items
    .filter((s) => (s.type ?? 'snack') === 'snack')
    .reduce((t, s) => t + s.rounds * s.durationSec, 0)
}

/** Drops rounds, then the latest snacks, until the day's active time fits. */
function enforceDayLimit(snacks: Made[], maxSec: number): void {
  const total = () => activeSeconds(snacks.map((m) => m.snack))
  while (total() > maxSec && snacks.length > 0) {
    const most = snacks.reduce((a, b) => (b.snack.rounds > a.snack.rounds ? b : a))
    if (most.snack.rounds > 1) {
      most.snack.rounds--
      if (most.snack.rounds === 1) most.snack.restSec = 0
    } else snacks.pop()
    for (const m of snacks) m.spanSec = spanOf(m.snack)
  }
}

/** Every interval that must stay clear of `m`: busy time and every other item's calendar slot. */
function occupiedBesides(
  busy: readonly Interval[],
  items: readonly Made[],
  m: Made,
  slotMinutes: number,
): Interval[] {
  return [
    ...busy,
    ...items
      .filter((o) => o !== m)
      .map((o) => ({
        start: o.epochMs,
        end: o.epochMs + Math.max(slotMinutes * 60, o.spanSec) * 1000,
      })),
  ]
}

/** Whether `m`, as it now is, keeps clear of `others` and ends by bedtime. */
function fitsAlone(m: Made, others: readonly Interval[], bedMs: number, slotMinutes: number) {
  const end = m.epochMs + Math.max(slotMinutes * 60, spanOf(m.snack)) * 1000
  return end <= bedMs && others.every((o) => o.end <= m.epochMs || o.start >= end)
}

/**
 * Adds a second round to snacks, earliest first, until the day's effortful
 * time reaches `minSec` (never past `maxSec`), where the longer snack still
 * keeps clear of everything else.
 */
function topUp(snacks: Made[], minSec: number, maxSec: number, fits: (m: Made) => boolean): void {
  const ordered = [...snacks].sort((a, b) => a.epochMs - b.epochMs)
  for (const m of ordered) {
    const total = activeSeconds(snacks.map((x) => x.snack))
    if (total >= minSec) return
    const s = m.snack
    if (s.rounds !== 1 || total + s.durationSec > maxSec) continue
    s.rounds = 2
    s.restSec = TOP_UP_REST_SEC
    if (fits(m)) m.spanSec = spanOf(s)
    else {
      s.rounds = 1
      s.restSec = 0
    }
  }
}
