import type { Catalog } from '@snackplan/catalog'
import {
  dayFacts,
  exerciseFacts,
  type FactValues,
  historyFacts,
  slotFacts,
  steppedDown,
} from '../facts/compute'
import { formatZoned, parseLocalTime, weekdayOf } from '../time'
import type { Focus, PlannedDay, PlannedSnack } from '../types/plan'
import type { Profile } from '../types/profile'
import { expandCandidates } from './candidates'
import { applyCaps } from './caps'
import { chooseExercise, type Preference } from './choose'
import type { Safety } from './contraindications'
import { fitDose } from './dose'
import { prng } from './random'
import type { Rulebook } from './rulebook'
import { type Interval, selectSlots } from './select'
import { focusOfKind, SETTING_FOR_DAY } from './settings'
import { mergeBounds, mergeTargets } from './targets'

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
  /** Minutes kept free per snack, the calendar event's minimum length. */
  slotMinutes: number
  /** Exercise id -> times used in the last few days, for variety. */
  recentUse: ReadonlyMap<string, number>
}

// A "mixed" day alternates the two efforts; mobility comes from mobilitySnacks
// or an explicit focus, so a day's effort target is never spent on a stretch.
const ROTATION: Focus[] = ['cardio', 'strength']

/** On a mixed day a trigger that names an exercise also names the focus. */
function triggerFocus(catalog: Catalog, id: string | undefined): Focus | undefined {
  const entry = id === undefined ? undefined : catalog.get(id)
  return entry && focusOfKind(entry.kind)
}

/** Plans one local date: targets, candidate slots, slot choice, exercises, doses, limits. */
export async function planDay(ctx: DayContext, date: string): Promise<PlannedDay> {
  const { profile } = ctx
  const dayPlan = profile.days[weekdayOf(date)]
  const facts = { ...ctx.profileFacts, ...dayFacts(profile, date), ...ctx.extraDayFacts?.(date) }
  const programDay = facts['program.day'] as number
  const day: PlannedDay = { date, dayType: dayPlan.type, programDay, totalActiveSec: 0, snacks: [] }
  if (dayPlan.type === 'rest' || programDay < 1) return day

  const targets = mergeTargets(
    await ctx.rules.progression.run({ ...facts, ...historyFacts(profile, date, ctx.catalog) }),
  )
  const bounds = mergeBounds(await ctx.rules.bounds.run(facts))
  const triggers = await ctx.rules.triggers.run(facts)
  const candidates = expandCandidates(triggers, profile, dayPlan, date, ctx.seed)
  const rounds = targets.rounds ?? Math.max(1, ...candidates.map((c) => c.params.rounds ?? 1))
  const rest = targets.restSec ?? Math.max(0, ...candidates.map((c) => c.params.restSec ?? 30))
  const slots = selectSlots({
    candidates,
    count: Math.min(targets.snacks, bounds.maxSnacks),
    minGapMin: bounds.minGapMin,
    date,
    timeZone: profile.timeZone,
    wakeMin: parseLocalTime(profile.wake),
    bedMin: parseLocalTime(profile.bed),
    // A calendar shows each snack as an event of at least `slotMinutes`, so
    // that much time must be free too, not just the snack itself.
    spanSec: Math.max(
      ctx.slotMinutes * 60,
      bounds.warmupSec + rounds * bounds.snackSec.max + (rounds - 1) * rest,
    ),
    busy: ctx.busy,
  })

  const stepped = steppedDown(profile, date)
  const random = prng(ctx.seed, date, 'exercise')
  const used = new Set<string>()
  const mobilityFrom = slots.length - Math.min(targets.mobilitySnacks ?? 0, slots.length)
  let bonus = targets.bonusSec ?? 0
  const starts = new Map<PlannedSnack, number>()
  for (const [i, slot] of slots.entries()) {
    const focus: Focus | undefined =
      i >= mobilityFrom
        ? 'mobility'
        : targets.focus === 'mixed'
          ? (slot.params.focus ??
            triggerFocus(ctx.catalog, slot.params.exercise) ??
            ROTATION[(programDay + i) % ROTATION.length])
          : targets.focus
    // The day's exercises take turns leading, one slot after another.
    const fromTargets = targets.exercises ?? []
    const turn = i % Math.max(1, fromTargets.length)
    const preferred: Preference[] = [
      ...[...fromTargets.slice(turn), ...fromTargets.slice(0, turn)].map((id) => ({
        id,
        strong: true,
        rule: targets.sources.exercises ?? '',
      })),
      ...(slot.params.exercise
        ? [{ id: slot.params.exercise, strong: false, rule: slot.rule }]
        : []),
    ]
    const choice = chooseExercise(
      ctx.catalog,
      ctx.safety,
      profile,
      {
        focus,
        preferred,
        setting: SETTING_FOR_DAY[dayPlan.type],
        discreet: (profile.preferences?.discreet ?? false) && dayPlan.type === 'office',
        doseSec: targets.doseSec,
        limitSec: bounds.snackSec,
        stepped,
        ...(targets.maxImpact ? { maxImpact: targets.maxImpact } : {}),
      },
      used,
      ctx.recentUse,
      random,
    )
    if (!choice) continue
    const { entry } = choice
    used.add(entry.id)
    let { dose, durationSec } = fitDose(
      entry,
      targets.doseSec,
      bounds.snackSec,
      slot.params.doseSec,
    )
    if (bonus > 0) {
      const more = fitDose(entry, { min: 0, max: 9999 }, bounds.snackSec, durationSec + bonus)
      if (more.durationSec > durationSec) {
        ;({ dose, durationSec } = more)
        bonus = 0
      }
    }
    const snackRounds = targets.rounds ?? slot.params.rounds ?? 1
    const restSec = snackRounds > 1 ? (targets.restSec ?? slot.params.restSec ?? 30) : 0
    const base = Math.min(
      entry.effort.max,
      Math.max(entry.effort.min, targets.effort ?? entry.effort.target),
    )
    const caps = await ctx.rules.caps.run({
      ...facts,
      ...exerciseFacts(entry),
      ...slotFacts(profile, dayPlan, slot.minute),
    })
    const capped = applyCaps(entry, { effort: base, dose }, caps)
    if (!capped) continue
    const warmupSec = capped.effort >= bounds.warmupFromEffort ? bounds.warmupSec : 0
    const snack: PlannedSnack = {
      id: '',
      start: formatZoned(slot.epochMs, profile.timeZone),
      end: '',
      exerciseId: entry.id,
      kind: entry.kind,
      durationSec: capped.durationSec,
      dose: capped.dose,
      rounds: snackRounds,
      restSec,
      effort: capped.effort,
      focus: focusOfKind(entry.kind),
      warmupSec,
      // A capped snack never gets harder: no modifier may undo a cap.
      modifiers:
        caps.length > 0
          ? []
          : (targets.modifiers ?? []).filter((m) => entry.progressions.includes(m)),
      reasons: [`trigger:${slot.rule}`, ...targets.reasons, ...choice.reasons, ...capped.reasons],
      notes: capped.notes,
    }
    day.snacks.push(snack)
    starts.set(snack, slot.epochMs)
  }
  enforceDayLimit(day, bounds.daySecMax)
  day.snacks.forEach((s, i) => {
    s.id = `${profile.id}-${date}-${i + 1}`
    const spanSec = s.warmupSec + s.rounds * s.durationSec + (s.rounds - 1) * s.restSec
    s.end = formatZoned(starts.get(s)! + spanSec * 1000, profile.timeZone)
  })
  day.totalActiveSec = day.snacks.reduce((t, s) => t + s.rounds * s.durationSec, 0)
  return day
}

/** Drops rounds, then the latest snacks, until the day's active time fits. */
function enforceDayLimit(day: PlannedDay, maxSec: number): void {
  const total = () => day.snacks.reduce((t, s) => t + s.rounds * s.durationSec, 0)
  while (total() > maxSec && day.snacks.length > 0) {
    const most = day.snacks.reduce((a, b) => (b.rounds > a.rounds ? b : a))
    if (most.rounds > 1) {
      most.rounds--
      if (most.rounds === 1) most.restSec = 0
    } else day.snacks.pop()
  }
}
