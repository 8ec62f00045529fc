import { type Catalog, defaultCatalog } from '@snackplan/catalog'
import { exerciseFacts, profileFacts } from '../facts/compute'
import { REP_SECONDS } from '../planner/settings'
import type { PlanRequest } from '../plugins/types'
import type { RuleSet } from '../rules/types'
import { addDays, parseDateTimeInZone, parseLocalTime, weekdayOf } from '../time'
import type { Plan, PlannedSnack } from '../types/plan'
import type { Profile } from '../types/profile'
import { holds } from './conditions'
import { builtinContraindications, effortCapped, holdLimit } from './safety'
import { offsetText, wallClock } from './wall-clock'

/** Limits the invariants hold a plan to; the seed guides' numbers by default. */
export interface InvariantLimits {
  /** Work seconds per round. Default 20-90. */
  snackSec?: {
    /** Shortest, seconds. */
    min: number
    /** Longest, seconds. */
    max: number
  }
  /** Seconds per hold (per side) of isometric snacks. Default 10-30. */
  holdSec?: {
    /** Shortest, seconds. */
    min: number
    /** Longest, seconds. */
    max: number
  }
  /** Active seconds per day (snacks only, never pauses or sessions). Default 540 (9 min). */
  daySecMax?: number
  /** Minutes between snack starts. Default 30. */
  minGapMin?: number
  /** Warm-up seconds before efforts of `warmupFromEffort` or more. Default 10-20. */
  warmupSec?: {
    /** Shortest, seconds. */
    min: number
    /** Longest, seconds. */
    max: number
  }
  /** Default 7. */
  warmupFromEffort?: number
  /** Effort cap for uncleared conditions and close to bed. Default 5. */
  capEffort?: number
  /** Minutes before bed from which the cap applies. Default 120. */
  eveningMin?: number
}

/** What {@link checkInvariants} checks a plan against. */
export interface InvariantContext {
  /** The profile the plan was made for (already valid). */
  profile: Profile
  /** Default `defaultCatalog`. */
  catalog?: Catalog
  /** The request, to check the plan covers the asked dates. */
  request?: Pick<PlanRequest, 'from' | 'days' | 'to'>
  /** Rule sets whose exclude/substitute rules must also hold (evaluated independently). */
  rules?: readonly RuleSet[]
  /** Check the built-in safety semantics too. Default true. */
  builtinSafety?: boolean
  /** Limits the plan must keep; each default is the seed guide's. */
  limits?: InvariantLimits
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/

/**
 * Checks a plan against the invariants every snackplan plan keeps (the list
 * below), independently of the planner's code paths: nothing contraindicated
 * (built-in safety semantics, `plan.excluded`, and the given rule sets'
 * exclude/substitute rules, evaluated without json-rules-engine), doses
 * within the entry's bounds, 20-90 s per bout and at most 540 s per day, no
 * snack in a busy block, outside wake..bed or on a rest day, snacks sorted
 * and spaced, stable ids, offsets right for the zone, effort caps and
 * warm-ups.
 *
 * @returns One line per violation, `<invariant>: <detail>`; empty when the plan is fine.
 */
export function checkInvariants(plan: Plan, context: InvariantContext): string[] {
  const { profile } = context
  const catalog = context.catalog ?? defaultCatalog
  const lim = {
    snackSec: { min: 20, max: 90 },
    holdSec: { min: 10, max: 30 },
    daySecMax: 540,
    minGapMin: 30,
    warmupSec: { min: 10, max: 20 },
    warmupFromEffort: 7,
    capEffort: 5,
    eveningMin: 120,
    ...context.limits,
  }
  const out: string[] = []
  const fail = (invariant: string, detail: string) => out.push(`${invariant}: ${detail}`)

  if (plan.profileId !== profile.id) fail('plan-shape', `profileId ${plan.profileId}`)
  if (plan.timeZone !== profile.timeZone) fail('plan-shape', `timeZone ${plan.timeZone}`)
  const from = context.request?.from ?? profile.programStart
  const count = context.request?.to
    ? Math.round((Date.parse(context.request.to) - Date.parse(from)) / 86_400_000) + 1
    : (context.request?.days ?? plan.days.length)
  if (plan.days.length !== count) fail('plan-shape', `${plan.days.length} days, asked ${count}`)
  plan.days.forEach((d, i) => {
    if (d.date !== addDays(from, i)) fail('plan-shape', `day ${i} is ${d.date}`)
  })

  const excluded = new Set(plan.excluded.map((e) => e.exerciseId))
  const safetyRules = (context.rules ?? []).flatMap((s) =>
    s.rules.filter((r) => r.event.type === 'exclude' || r.event.type === 'substitute'),
  )
  const pFacts = profileFacts(profile)
  const busy = (profile.busy ?? []).map((b) => ({
    start: parseDateTimeInZone(b.start, profile.timeZone),
    end: parseDateTimeInZone(b.end, profile.timeZone),
  }))
  const wake = parseLocalTime(profile.wake) * 60
  const rawBed = parseLocalTime(profile.bed) * 60
  // A bed time earlier on the clock than wake is the next morning (a night shift).
  const night = rawBed <= wake
  const capped = effortCapped(profile)
  const holdCap = context.builtinSafety === false ? undefined : holdLimit(profile)
  const checkContraindications = (at: string, id: string) => {
    const entry = catalog.get(id)
    if (!entry) {
      fail('unknown-exercise', `${at}: ${id}`)
      return undefined
    }
    if (excluded.has(id)) fail('contraindicated', `${at}: ${id} is in plan.excluded`)
    if (context.builtinSafety !== false) {
      for (const why of builtinContraindications(profile, entry))
        fail('contraindicated', `${at}: ${id} (${why})`)
    }
    const facts = { ...pFacts, ...exerciseFacts(entry) }
    for (const r of safetyRules)
      if (holds(r.conditions, facts)) fail('contraindicated', `${at}: ${id} (rule ${r.name})`)
    return entry
  }

  for (const day of plan.days) {
    const type = profile.days[weekdayOf(day.date)].type
    const next = addDays(day.date, 1)
    // Seconds since the day's midnight of a wall clock reading, or undefined
    // when it is not in the day's waking-hours frame (night shifts run into
    // the next date).
    const frame = (w: { date: string; secondOfDay: number }) =>
      w.date === day.date ? w.secondOfDay : night && w.date === next ? w.secondOfDay + 86_400 : -1
    const bed = night ? rawBed + 86_400 : rawBed
    if (day.dayType !== type)
      fail('day-type', `${day.date} is ${day.dayType}, profile says ${type}`)
    if (type === 'rest' && day.snacks.length > 0) fail('rest-day', `${day.date} has snacks`)
    const snacks = day.snacks.filter((s) => (s.type ?? 'snack') === 'snack')
    const total = snacks.reduce((t, s) => t + s.rounds * s.durationSec, 0)
    if (day.totalActiveSec !== total)
      fail('day-total', `${day.date} says ${day.totalActiveSec}, snacks add to ${total}`)
    if (total > lim.daySecMax)
      fail('day-seconds', `${day.date} has ${total} s > ${lim.daySecMax} s`)
    for (const [i, cue] of (day.cues ?? []).entries())
      if (cue.exerciseId !== undefined)
        checkContraindications(`${day.date} cue ${i + 1} (${cue.rule})`, cue.exerciseId)

    let previousSnack: number | undefined
    let previousStart: number | undefined
    let previousEnd: number | undefined
    day.snacks.forEach((s, i) => {
      const at = `${s.id || `${day.date}#${i + 1}`}`
      const kind = s.type ?? 'snack'
      if (s.id !== `${profile.id}-${day.date}-${i + 1}`)
        fail('snack-id', `${at} should be ${profile.id}-${day.date}-${i + 1}`)
      const entry = checkContraindications(at, s.exerciseId)
      if (!entry) return

      if (s.kind !== entry.kind) fail('snack-shape', `${at}: kind ${s.kind}, entry ${entry.kind}`)
      if (s.unit !== undefined && s.unit !== entry.dose.unit)
        fail('snack-shape', `${at}: unit ${s.unit}, entry ${entry.dose.unit}`)
      // Dose.
      const k = (entry.dose.unit === 'reps' ? REP_SECONDS : 1) * (entry.dose.perSide ? 2 : 1)
      if (!Number.isInteger(s.dose) || s.dose < entry.dose.min || s.dose > entry.dose.max)
        fail(
          'dose-bounds',
          `${at}: dose ${s.dose} outside ${entry.dose.min}-${entry.dose.max} (${s.exerciseId})`,
        )
      if (s.durationSec !== s.dose * k)
        fail('dose-bounds', `${at}: ${s.durationSec} s for dose ${s.dose}`)
      const held = kind === 'snack' && entry.dose.unit === 'hold-seconds'
      const length = held
        ? { ...lim.holdSec, of: s.dose, what: 'hold' }
        : { ...(ITEM_SECONDS[kind] ?? lim.snackSec), of: s.durationSec, what: kind }
      if (length.of < length.min || length.of > length.max)
        fail(
          'snack-seconds',
          `${at}: ${length.what} of ${length.of} s outside ${length.min}-${length.max}`,
        )
      if (held && s.durationSec > lim.snackSec.max)
        fail('snack-seconds', `${at}: ${s.durationSec} s of holds > ${lim.snackSec.max} s`)
      if (!Number.isInteger(s.rounds) || s.rounds < 1)
        fail('snack-shape', `${at}: rounds ${s.rounds}`)
      if (s.rounds === 1 && s.restSec !== 0) fail('snack-shape', `${at}: rest without rounds`)
      if (s.effort < 1 || s.effort > 10) fail('snack-shape', `${at}: effort ${s.effort}`)
      const light = entry.kind === 'mobility' || entry.kind === 'breathing'
      if ((kind === 'snack' && light) || ((kind === 'pause' || kind === 'active-pause') && !light))
        fail('snack-shape', `${at}: a ${kind} of ${entry.kind} (${s.exerciseId})`)
      if (kind !== 'snack' && (s.modifiers.length > 0 || s.warmupSec !== 0))
        fail('snack-shape', `${at}: a ${kind} with modifiers or a warm-up`)

      // Times.
      if (!ISO.test(s.start) || !ISO.test(s.end)) {
        fail('time-format', `${at}: ${s.start} / ${s.end}`)
        return
      }
      const start = Date.parse(s.start)
      const end = Date.parse(s.end)
      const span = s.warmupSec + s.rounds * s.durationSec + (s.rounds - 1) * s.restSec
      if (end - start !== span * 1000)
        fail('snack-end', `${at}: ${s.start}..${s.end} is not ${span} s`)
      for (const [label, text, ms] of [
        ['start', s.start, start],
        ['end', s.end, end],
      ] as const) {
        const w = wallClock(ms, profile.timeZone)
        const local = `${w.date}T${w.time}${offsetText(w.offsetMinutes)}`
        if (text !== local) fail('zone-offset', `${at}: ${label} ${text}, the zone says ${local}`)
      }
      const startSec = frame(wallClock(start, profile.timeZone))
      const endSec = frame(wallClock(end, profile.timeZone))
      if (startSec < 0) fail('snack-date', `${at}: starts outside ${day.date}'s waking hours`)
      if (startSec < wake || endSec < 0 || endSec > bed)
        fail('waking-hours', `${at}: ${s.start}..${s.end} outside ${profile.wake}..${profile.bed}`)
      for (const b of busy)
        if (start < b.end && b.start < end)
          fail('busy', `${at}: overlaps busy ${new Date(b.start).toISOString()}`)
      if (previousEnd !== undefined && start < previousEnd)
        fail('overlap', `${at}: starts before the item before it ends`)
      if (kind === 'snack') {
        if (previousSnack !== undefined && start - previousSnack < lim.minGapMin * 60_000)
          fail('spacing', `${at}: ${(start - previousSnack) / 60_000} min after the snack before`)
        previousSnack = start
      }
      if (previousStart !== undefined && start < previousStart)
        fail('order', `${at} starts before the item before it`)
      previousStart = start
      previousEnd = Math.max(previousEnd ?? end, end)

      // Effort caps and warm-up.
      if (capped && s.effort > lim.capEffort)
        fail('effort-cap', `${at}: effort ${s.effort} with an uncleared condition`)
      const evening = bed - startSec < lim.eveningMin * 60
      if (evening && s.effort > lim.capEffort)
        fail('evening-cap', `${at}: effort ${s.effort} less than ${lim.eveningMin} min before bed`)
      // Progression never undoes a cap: a capped snack is not made harder.
      if ((capped || evening) && s.modifiers.length > 0)
        fail('capped-progression', `${at}: ${s.modifiers.join(', ')} on a capped snack`)
      if (
        holdCap &&
        entry.dose.unit === 'hold-seconds' &&
        (s.dose > holdCap.sec || s.effort > holdCap.effort)
      )
        fail(
          'hold-cap',
          `${at}: ${s.dose} s hold at ${s.effort}/10 with a blood-pressure condition`,
        )
      if (kind === 'snack') checkWarmup(s, lim, (d) => fail('warmup', `${at}: ${d}`))
    })
  }
  return out
}

/** Work seconds per round of the items that are not snacks. */
const ITEM_SECONDS: Record<string, { min: number; max: number }> = {
  pause: { min: 20, max: 90 },
  'active-pause': { min: 60, max: 300 },
  session: { min: 300, max: 3600 },
}

function checkWarmup(
  s: PlannedSnack,
  lim: { warmupSec: { min: number; max: number }; warmupFromEffort: number },
  fail: (detail: string) => void,
): void {
  const inRange = s.warmupSec >= lim.warmupSec.min && s.warmupSec <= lim.warmupSec.max
  if (s.effort >= lim.warmupFromEffort && !inRange)
    fail(`effort ${s.effort} with a ${s.warmupSec} s warm-up`)
  if (s.effort < lim.warmupFromEffort && s.warmupSec !== 0 && !inRange)
    fail(`warm-up of ${s.warmupSec} s`)
}
