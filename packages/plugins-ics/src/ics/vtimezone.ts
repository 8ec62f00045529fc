import { formatOffset, formatUtc, formatWall } from './datetime'
import { contentLine } from './lines'
import { offsetMinutesAt } from './offset'
import { findTransitions, type Transition } from './transitions'
import { formatRule, inferYearlyRule, type YearlyRule } from './yearly-rule'

/** One STANDARD or DAYLIGHT sub-component of a VTIMEZONE. */
export interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT'
  from: number
  to: number
  /** Wall-clock start (in the `from` offset) as epoch ms read in UTC. */
  start: number
  rule?: YearlyRule
  /** All onsets (wall clock, like `start`, the first included) when no rule fits. */
  dates: number[]
}

/** The span of instants a VTIMEZONE must describe, widened to whole years. */
export interface CoveredSpan {
  /** Jan 1 (UTC) of the year before the first event: the change before it is included. */
  startMs: number
  /** Jan 2 (UTC) of the year after the last event. */
  endMs: number
}

/** Widens `[firstMs, lastMs]` to the years a VTIMEZONE has to cover. */
export function coveredSpan(firstMs: number, lastMs: number): CoveredSpan {
  const y0 = new Date(firstMs).getUTCFullYear() - 1
  const y1 = new Date(lastMs).getUTCFullYear() + 1
  return { startMs: Date.UTC(y0, 0, 1), endMs: Date.UTC(y1, 0, 2) }
}

const wall = (t: Transition): number => t.at + t.from * 60_000

// Finding transitions scans the covered years day by day; a feed serves the
// same zones and years again and again, so keep the last few results.
const transitionCache = new Map<string, readonly Transition[]>()
const CACHE_SIZE = 64

function cachedTransitions(timeZone: string, span: CoveredSpan): readonly Transition[] {
  const key = `${timeZone}|${span.startMs}|${span.endMs}`
  let found = transitionCache.get(key)
  if (!found) {
    found = Object.freeze(findTransitions(timeZone, span.startMs, span.endMs))
    if (transitionCache.size >= CACHE_SIZE)
      transitionCache.delete(transitionCache.keys().next().value!)
    transitionCache.set(key, found)
  }
  return found
}

/**
 * The observances that reproduce `timeZone`'s offsets over `span`: one per
 * (direction, from, to) run of transitions, as a yearly RRULE when one
 * reproduces every change in the span, else with RDATEs; plus a plain
 * STANDARD observance for the time before the first change in the span.
 */
export function observances(timeZone: string, span: CoveredSpan, firstMs: number): Observance[] {
  const transitions = cachedTransitions(timeZone, span)
  const groups = new Map<string, Transition[]>()
  for (const t of transitions) {
    const key = `${t.to > t.from ? 'D' : 'S'}${t.from}/${t.to}`
    const g = groups.get(key)
    if (g) g.push(t)
    else groups.set(key, [t])
  }
  const out: Observance[] = []
  if (transitions.length === 0 || firstMs < transitions[0]!.at) {
    const offset = offsetMinutesAt(span.startMs, timeZone)
    out.push({ kind: 'STANDARD', from: offset, to: offset, start: span.startMs, dates: [] })
  }
  for (const group of groups.values()) {
    const first = group[0]!
    const kind = first.to > first.from ? 'DAYLIGHT' : 'STANDARD'
    const base = { kind, from: first.from, to: first.to, start: wall(first) } as const
    if (group.length === 1) {
      out.push({ ...base, dates: [] })
      continue
    }
    const rule = inferYearlyRule(group, span.startMs, span.endMs)
    // The first onset is repeated as an RDATE: RFC 5545 counts DTSTART in the
    // set anyway, but ical.js ignores DTSTART when a component has RDATEs.
    out.push(rule ? { ...base, rule, dates: [] } : { ...base, dates: group.map(wall) })
  }
  return out.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind))
}

/**
 * The VTIMEZONE component (unfolded content lines) for `timeZone` over the
 * instants `[firstMs, lastMs]`, derived from Intl alone: the real IANA TZID
 * is kept (never mapped to another zone), and no TZNAME is written because
 * Intl's short names differ between runtimes and would break determinism.
 */
export function vtimezone(timeZone: string, firstMs: number, lastMs: number): string[] {
  const span = coveredSpan(firstMs, lastMs)
  const lines = ['BEGIN:VTIMEZONE', contentLine('TZID', timeZone)]
  for (const o of observances(timeZone, span, firstMs)) {
    lines.push(
      `BEGIN:${o.kind}`,
      contentLine('DTSTART', formatWall(o.start)),
      contentLine('TZOFFSETFROM', formatOffset(o.from)),
      contentLine('TZOFFSETTO', formatOffset(o.to)),
    )
    if (o.rule) lines.push(contentLine('RRULE', formatRule(o.rule, formatUtc)))
    for (const d of o.dates) lines.push(contentLine('RDATE', formatWall(d)))
    lines.push(`END:${o.kind}`)
  }
  lines.push('END:VTIMEZONE')
  return lines
}
