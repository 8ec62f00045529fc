// The naive baseline: what a developer gets by handing the same default rules
// to json-rules-engine the obvious way. One Engine holds every rule; it runs
// once per candidate slot (every 15 minutes of the waking day) x exercise with
// every fact (profile, exercise, day, program, history, slot); the schedule is
// then read off the fired events. Picking follows the same policy as the
// planner (targets, strictest bounds, trigger priority, spacing, busy blocks,
// setting, equipment, focus, no repeat in a day), simplified where the choice
// does not change how many rule evaluations happen.

import {
  addDays,
  defaultRules,
  expandLocalRRule,
  formatZoned,
  localToEpoch,
  parseLocalTime,
  weekdayOf,
} from '@snackplan/engine'
import { Engine } from 'json-rules-engine'
import {
  dayFacts,
  exerciseFacts,
  historyFacts,
  LUNCH_MINUTES,
  profileFacts,
  slotFacts,
} from './facts.mjs'

/** Minutes between candidate slots. */
export const SLOT_STEP_MIN = 15

const KINDS_FOR_FOCUS = {
  cardio: ['cardio'],
  strength: ['strength', 'isometric'],
  mobility: ['mobility', 'breathing'],
}
const focusOfKind = (kind) =>
  kind === 'cardio'
    ? 'cardio'
    : kind === 'strength' || kind === 'isometric'
      ? 'strength'
      : 'mobility'
const secondsPerUnit = (e) => (e.dose.unit === 'reps' ? 3 : 1) * (e.dose.perSide ? 2 : 1)

/**
 * Creates the naive planner.
 * @param {{ catalog: import('@snackplan/catalog').Catalog, rules?: { rules: object[] } }} options
 */
export function createNaivePlanner({ catalog, rules = defaultRules }) {
  // The obvious setup: every rule in one engine, default options.
  const engine = new Engine(rules.rules.map((r) => ({ ...r })))
  const order = new Map(rules.rules.map((r, i) => [r.name, i]))

  async function plan({ profile, from = profile.programStart, days }) {
    const pFacts = profileFacts(profile)
    const wake = parseLocalTime(profile.wake)
    const bed = parseLocalTime(profile.bed)
    const blocked = new Map()
    const advisories = new Set()
    const busy = (profile.busy ?? []).map((b) => ({ start: toEpoch(b.start), end: toEpoch(b.end) }))
    function toEpoch(local) {
      const [date, time] = local.split('T')
      return localToEpoch(date, parseLocalTime(time.slice(0, 5)), profile.timeZone)
    }
    const out = []
    const recent = []
    let runs = 0
    for (let d = 0; d < days; d++) {
      const date = addDays(from, d)
      const dayPlan = profile.days[weekdayOf(date)]
      const dFacts = dayFacts(profile, date)
      const programDay = dFacts['program.day']
      const day = { date, dayType: dayPlan.type, programDay, snacks: [] }
      out.push(day)
      if (dayPlan.type === 'rest' || programDay < 1) continue
      const hFacts = historyFacts(profile, date, catalog)
      const targetsFired = new Map()
      const boundsFired = new Map()
      const triggersFired = new Map()
      const caps = new Map()
      for (let minute = wake; minute < bed; minute += SLOT_STEP_MIN) {
        const sFacts = slotFacts(profile, dayPlan, minute)
        const capsHere = new Map()
        caps.set(minute, capsHere)
        for (const entry of catalog.exercises) {
          const { results } = await engine.run({
            ...pFacts,
            ...exerciseFacts(entry),
            ...dFacts,
            ...hFacts,
            ...sFacts,
          })
          runs++
          for (const r of results) {
            const { type, params } = r.event
            if (type === 'exclude' || type === 'substitute') blocked.set(entry.id, type)
            else if (type === 'advisory') advisories.add(r.name)
            else if (type === 'targets') targetsFired.set(r.name, r)
            else if (type === 'bounds') boundsFired.set(r.name, params)
            else if (type === 'slots') triggersFired.set(r.name, r)
            else if (type === 'cap-effort')
              capsHere.set(entry.id, Math.min(capsHere.get(entry.id) ?? 10, params.max))
          }
        }
      }
      const targets = mergeTargets([...targetsFired.values()], order)
      const bounds = mergeBounds([...boundsFired.values()])
      const rounds = targets.rounds ?? 1
      const spanMin = Math.ceil((15 + rounds * bounds.snackMax + (rounds - 1) * 60) / 60)
      const candidates = candidateSlots([...triggersFired.values()], profile, dayPlan, date)
        .filter((c) => c.minute >= wake && c.minute + spanMin <= bed)
        .map((c) => ({ ...c, epochMs: localToEpoch(date, c.minute, profile.timeZone) }))
        .filter(
          (c) => !busy.some((b) => b.start < c.epochMs + spanMin * 60_000 && c.epochMs < b.end),
        )
      const slots = pickSlots(
        candidates,
        Math.min(targets.snacks, bounds.maxSnacks),
        bounds.minGapMin,
      )
      const used = new Set()
      const recentUse = new Set(recent.slice(-3).flat())
      const mobilityFrom = slots.length - Math.min(targets.mobilitySnacks ?? 0, slots.length)
      slots.forEach((slot, i) => {
        const p = slot.params
        const named = p.exercise && catalog.get(p.exercise)
        const focus =
          i >= mobilityFrom
            ? 'mobility'
            : targets.focus === 'mixed'
              ? (p.focus ??
                (named && focusOfKind(named.kind)) ??
                ['cardio', 'strength'][(programDay + i) % 2])
              : targets.focus
        const preferred = [targets.exercises?.[i % (targets.exercises?.length || 1)], p.exercise]
        const ok = (e) =>
          !blocked.has(e.id) &&
          !used.has(e.id) &&
          e.settings.includes(dayPlan.type) &&
          e.equipment.every((q) => profile.equipment.includes(q))
        const score = (e) =>
          (preferred.includes(e.id) ? 100 : 0) +
          (KINDS_FOR_FOCUS[focus].includes(e.kind) ? 30 : 0) +
          (pFacts['profile.discreet'] && dayPlan.type === 'office' && e.discreet ? 15 : 0) -
          (recentUse.has(e.id) ? 6 : 0)
        let entry
        for (const e of catalog.exercises)
          if (ok(e) && (!entry || score(e) > score(entry))) entry = e
        if (!entry) return
        used.add(entry.id)
        const k = secondsPerUnit(entry)
        const lo = Math.max(entry.dose.min * k, targets.doseSec.min, bounds.snackMin)
        const hi = Math.min(entry.dose.max * k, targets.doseSec.max, bounds.snackMax)
        const wanted = p.doseSec ?? entry.dose.default * k
        const durationSec = Math.round(Math.min(Math.max(wanted, lo), Math.max(lo, hi)) / k) * k
        const base = targets.effort ?? entry.effort.target
        const effort = Math.min(base, caps.get(slot.minute).get(entry.id) ?? 10)
        day.snacks.push({
          start: formatZoned(slot.epochMs, profile.timeZone),
          exerciseId: entry.id,
          durationSec,
          rounds,
          effort,
          reasons: [`trigger:${slot.rule}`, ...targets.reasons],
        })
      })
      recent.push(day.snacks.map((s) => s.exerciseId))
    }
    return {
      profileId: profile.id,
      days: out,
      excluded: [...blocked.keys()].sort(),
      advisories: [...advisories],
      engineRuns: runs,
    }
  }
  return { plan }
}

// Field by field, higher priority wins; among equals the later rule.
function mergeTargets(fired, order) {
  const merged = { snacks: 3, doseSec: { min: 30, max: 60 }, focus: 'mixed', reasons: [] }
  fired
    .sort((a, b) => a.priority - b.priority || order.get(a.name) - order.get(b.name))
    .forEach((r) => {
      Object.assign(merged, r.event.params)
      merged.reasons.push(`progression:${r.name}`)
    })
  return merged
}

// The strictest of every bounds event (defaults: the seed guides' numbers).
function mergeBounds(all) {
  const pick = (values, fallback, fn) => (values.length > 0 ? fn(...values) : fallback)
  const of = (k) => all.map((b) => b[k]).filter((v) => v !== undefined)
  return {
    snackMin: pick(
      of('snackSec').map((s) => s.min),
      20,
      Math.max,
    ),
    snackMax: pick(
      of('snackSec').map((s) => s.max),
      90,
      Math.min,
    ),
    minGapMin: pick(of('minGapMin'), 30, Math.max),
    maxSnacks: pick(of('maxSnacks'), 6, Math.min),
  }
}

// Trigger events to minutes on the 15-minute grid: fixed times, anchors plus
// offset (the middle of a range), RRULEs expanded in the work or waking window.
function candidateSlots(fired, profile, day, date) {
  const wake = parseLocalTime(profile.wake)
  const bed = parseLocalTime(profile.bed)
  const anchors = {
    wake,
    bed,
    'work-start': day.work && parseLocalTime(day.work[0]),
    'work-end': day.work && parseLocalTime(day.work[1]),
    lunch: day.lunch && parseLocalTime(day.lunch),
    'lunch-end': day.lunch && parseLocalTime(day.lunch) + LUNCH_MINUTES,
  }
  const snap = (m) => wake + Math.round((m - wake) / SLOT_STEP_MIN) * SLOT_STEP_MIN
  const out = []
  for (const r of fired) {
    const p = r.event.params
    const push = (m) => out.push({ minute: snap(m), rule: r.name, priority: r.priority, params: p })
    if (p.rrule !== undefined) {
      const window =
        p.window === 'work'
          ? day.work && {
              startMin: parseLocalTime(day.work[0]),
              endMin: parseLocalTime(day.work[1]),
            }
          : { startMin: wake, endMin: bed }
      if (window) for (const m of expandLocalRRule(p.rrule, date, window)) push(m)
    } else if (p.times !== undefined) for (const t of p.times) push(parseLocalTime(t))
    else if (p.anchor !== undefined && anchors[p.anchor] !== undefined) {
      const off = p.offsetMin ?? 0
      push(
        anchors[p.anchor] + (typeof off === 'number' ? off : Math.round((off.min + off.max) / 2)),
      )
    }
  }
  return out
}

// Highest-priority triggers first; within a tier the slot farthest from those
// already chosen; never closer than the minimum gap.
function pickSlots(candidates, count, minGapMin) {
  const pool = candidates.sort((a, b) => b.priority - a.priority || a.minute - b.minute)
  const chosen = []
  for (const tier of new Set(pool.map((c) => c.priority))) {
    const inTier = pool.filter((c) => c.priority === tier)
    while (chosen.length < count) {
      let best
      let bestDistance = -1
      for (const c of inTier) {
        if (chosen.some((s) => Math.abs(s.minute - c.minute) < minGapMin)) continue
        const distance =
          chosen.length === 0 ? 0 : Math.min(...chosen.map((s) => Math.abs(s.minute - c.minute)))
        if (distance > bestDistance) [best, bestDistance] = [c, distance]
      }
      if (!best) break
      chosen.push(best)
    }
  }
  return chosen.sort((a, b) => a.minute - b.minute)
}
