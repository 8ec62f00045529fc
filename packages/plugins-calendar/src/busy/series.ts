import { DAY_MS, expandRecurrence } from '@snackplan/engine'
import { calendarError } from '../errors'
import { type SeriesClock, wallOf } from './clock'
import {
  addSingle,
  addSpan,
  blocksTime,
  clockIn,
  durationOf,
  type Expansion,
  instant,
  periodEnd,
  spanToEnd,
  spend,
  tzidOf,
} from './events'
import { ICAL, type IcalEvent, type Recur, type Time } from './ical'
import { endAfter, isEmpty, type Length } from './length'
import { toRecurrence } from './recurrence'
import { pastWindow } from './window'

type Period = InstanceType<typeof ICAL.Period>

// Read as wall time, a window's ends move by at most a DST shift (two hours
// in the database's history) where a wall time is in a gap or repeated.
const DST_SLACK_MS = 3 * 3_600_000

// DURATION gives the same nominal days and exact time to every occurrence
// (days stay days across a DST change); DTEND gives the same exact length,
// or whole days for all-day events.
function lengthOf(event: IcalEvent, x: Expansion): Length {
  const duration = durationOf(event)
  if (duration) return duration
  const start = event.startDate
  const end = event.endDate
  if (start.isDate) {
    return { days: Math.max(0, Math.round((wallOf(end) - wallOf(start)) / DAY_MS)), ms: 0 }
  }
  // Read as a single event's span, so a DTSTART in a DST gap does not make it last 0 s.
  const span = spanToEnd(x, event)
  if (!span) return { days: 0, ms: 0 }
  // After the window neither end is converted (see instant()); the wall-clock
  // length is then close enough: such a series starts after the window.
  const ms =
    Number.isFinite(span.start) && Number.isFinite(span.end)
      ? span.end - span.start
      : wallOf(end) - wallOf(start)
  return { days: 0, ms: Math.max(0, ms) }
}

/**
 * One occurrence: where it starts on the series' clock, and as an instant
 * when that is known already (an RDATE in another zone); the others are
 * converted only when they start or end near the window.
 */
interface Occurrence {
  wall: number
  epoch?: number
  /** Its end as an instant, when it is known already (a PERIOD, an RDATE in another zone). */
  end?: number
}

// The occurrence's length after its start (see endAfter), unless its end is known.
function endOf(x: Expansion, o: Occurrence, length: Length, clock: SeriesClock) {
  return o.end ?? endAfter(x.window, clock, o.wall, length)
}

/**
 * DTSTART and the occurrences its RRULEs give in the window (widened to wall
 * time); only DTSTART when a rule is unsupported and the caller chose
 * `first-occurrence`.
 */
function ruleOccurrences(
  x: Expansion,
  event: IcalEvent,
  clock: SeriesClock,
  length: Length,
): { occurrences: Occurrence[]; firstOnly: boolean } {
  const start = event.startDate
  const startWall = wallOf(start)
  const occurrences: Occurrence[] = [{ wall: startWall }]
  // Occurrences that start up to one length before the window still reach into it.
  const slack = clock.exact ? 0 : DST_SLACK_MS
  const range = {
    from: clock.toWall(x.window.fromMs) - length.days * DAY_MS - length.ms - slack,
    to: clock.toWall(x.window.toMs) + slack,
  }
  // A UTC UNTIL is an instant; a floating or dated one reads on the series' clock.
  const readUntil = (until: Time) => {
    if (until.isDate) return wallOf(until) + (start.isDate ? 0 : DAY_MS - 1000)
    if (until.zone?.tzid !== 'UTC') return wallOf(until)
    const at = until.toUnixTime() * 1000
    return pastWindow(x.window, at) ? Number.POSITIVE_INFINITY : clock.toWall(at)
  }
  for (const prop of event.component.getAllProperties('rrule')) {
    const recur = prop.getFirstValue() as Recur
    const rule = toRecurrence(recur, start.isDate, readUntil, event.uid)
    if ('unsupported' in rule) {
      if (x.firstOccurrenceOfUnsupported)
        return { occurrences: occurrences.slice(0, 1), firstOnly: true }
      throw calendarError(
        'ics/unsupported-rrule',
        '',
        `event ${JSON.stringify(event.uid)} repeats by a rule that cannot be expanded safely (${String(recur)}: ${rule.unsupported}); pass unsupportedRecurrence: 'first-occurrence' to count only its first occurrence as busy`,
      )
    }
    // RFC 5545: DTSTART is the first occurrence and counts toward COUNT, even
    // when the rule itself would not give it.
    let count = rule.count
    if (count !== undefined && count > 0) {
      const own = expandRecurrence(rule, startWall, { from: startWall, to: startWall + 1000 })
      if (own.times.length === 0) count--
    }
    const { times, complete } = expandRecurrence({ ...rule, count }, startWall, range, x.budget)
    if (!complete) {
      throw calendarError(
        'ics/limit',
        '',
        `event ${JSON.stringify(event.uid)} recurs too often to expand up to the window (over ${x.maxSteps} occurrences and recurrence steps in all)`,
      )
    }
    for (const wall of times) occurrences.push({ wall })
  }
  return { occurrences, firstOnly: false }
}

function extraDates(
  x: Expansion,
  event: IcalEvent,
  clock: SeriesClock,
  length: Length,
): Occurrence[] {
  const out: Occurrence[] = []
  for (const prop of event.component.getAllProperties('rdate')) {
    const tzid = prop.getParameter('tzid')
    for (const value of prop.getValues() as (Time | Period)[]) {
      spend(x, event.uid)
      const period = value instanceof ICAL.Period ? value : undefined
      const time = period ? period.start : (value as Time)
      // Without a PERIOD a date lasts as the series does: 0 s takes no time.
      if (!period && isEmpty(length)) continue
      const own = clockIn(x, time, tzid)
      // On the series' clock it is one more occurrence.
      if (!period && own === clock) {
        out.push({ wall: wallOf(time) })
        continue
      }
      const epoch = instant(x, time, own, 'start')
      if (epoch === Number.POSITIVE_INFINITY) continue
      // A length in days counts on the series' clock (endOf), exact time on the date's own.
      const end = period
        ? periodEnd(x, period, tzid)
        : length.days === 0
          ? endAfter(x.window, own, wallOf(time), length)
          : undefined
      out.push({ wall: clock.toWall(epoch), epoch, ...(end !== undefined && { end }) })
    }
  }
  return out
}

/** Whether EXDATE or an override's RECURRENCE-ID removes an occurrence (compared on the series' clock). */
function removals(
  x: Expansion,
  event: IcalEvent,
  overrides: readonly IcalEvent[],
  clock: SeriesClock,
): (o: Occurrence) => boolean {
  const walls = new Set<number>()
  // A date on a timed series removes that whole local day.
  const days = new Set<number>()
  const add = (time: Time, tzid: unknown) => {
    if (time.isDate && !event.startDate.isDate) days.add(wallOf(time))
    else {
      const wall = wallOf(time)
      // After the window nothing is shown, so nothing there needs removing.
      if (pastWindow(x.window, wall)) return
      const own = clockIn(x, time, tzid)
      // On the series' clock a time is its own wall time; on another it is converted.
      walls.add(own === clock ? wall : clock.toWall(own.toEpoch(wall, 'start')))
    }
  }
  for (const prop of event.component.getAllProperties('exdate')) {
    for (const value of prop.getValues() as Time[]) add(value, prop.getParameter('tzid'))
  }
  for (const o of overrides) {
    const id = o.component.getFirstProperty('recurrence-id')
    if (o.recurrenceId) add(o.recurrenceId, id?.getParameter('tzid'))
  }
  return (o) => walls.has(o.wall) || days.has(Math.floor(o.wall / DAY_MS) * DAY_MS)
}

/**
 * Adds one occurrence's span. Converting to an instant is most of the cost
 * (Intl, or ical.js for a VTIMEZONE), so it happens only for occurrences
 * that start or end within a day of the window; one that covers the whole
 * window adds the window, and one wholly before or after it adds nothing.
 * (A wall clock is within a day of UTC.)
 */
function addOccurrence(
  x: Expansion,
  o: Occurrence,
  length: Length,
  clock: SeriesClock,
  covered: { whole: boolean },
): void {
  // An occurrence that lasts 0 s takes no time, even in a DST gap (see endOf).
  if (o.end === undefined && isEmpty(length)) return
  if (o.epoch !== undefined) {
    addSpan(x, o.epoch, endOf(x, o, length, clock))
    return
  }
  const lo = x.window.fromMs - DAY_MS
  const endWall = o.wall + length.days * DAY_MS + length.ms
  if (pastWindow(x.window, o.wall) || endWall < lo) return
  if (o.wall < lo && pastWindow(x.window, endWall)) {
    if (!covered.whole) addSpan(x, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY)
    covered.whole = true
    return
  }
  addSpan(x, clock.toEpoch(o.wall, 'start'), endOf(x, o, length, clock))
}

/**
 * Adds the busy spans of a recurring event: DTSTART, its RRULEs (expanded
 * by the engine's recurrence code under the shared budget) and RDATEs, less
 * EXDATEs, with each override (RECURRENCE-ID) in place of the occurrence it
 * replaces: an override counts wherever it moved, unless it is cancelled or
 * transparent.
 */
export function addSeries(x: Expansion, event: IcalEvent, overrides: readonly IcalEvent[]): void {
  const clock = clockIn(x, event.startDate, tzidOf(event.component, 'dtstart'))
  const length = lengthOf(event, x)
  const { occurrences, firstOnly } = ruleOccurrences(x, event, clock, length)
  const all = firstOnly ? occurrences : [...occurrences, ...extraDates(x, event, clock, length)]
  const removed = firstOnly ? () => false : removals(x, event, overrides, clock)
  const seen = new Set<number>()
  const covered = { whole: false }
  if (blocksTime(x, event)) {
    for (const o of all) {
      if (seen.has(o.wall) || removed(o)) continue
      seen.add(o.wall)
      addOccurrence(x, o, length, clock, covered)
    }
  }
  if (firstOnly) return
  // Each override is a single event of its own (its uid is the series').
  for (const o of overrides) addSingle(x, o)
}
