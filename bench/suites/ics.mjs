// ICS: toICS(toCalendarEvents(plan)) against ical-generator and ics (npm)
// writing the same events, each output parsed back with ical.js.
import { defaultCatalog } from '@snackplan/catalog'
import { toCalendarEvents } from '@snackplan/plugins-calendar'
import { toICS } from '@snackplan/plugins-ics'
import ICAL from 'ical.js'
import icalGenerator from 'ical-generator'
import { createEvents } from 'ics'
import { byteSize } from '../lib/fixtures.mjs'
import { memory, time } from '../lib/measure.mjs'

const EVENT_OPTIONS = { locale: 'en', catalog: defaultCatalog, alarms: [{ minutesBefore: 5 }] }
const NAME = 'snackplan'

/** ical-generator, UTC times, from our neutral events. */
function withIcalGenerator(events) {
  const cal = icalGenerator({ name: NAME, prodId: '//snackplan//bench//EN' })
  for (const e of events) {
    cal.createEvent({
      id: e.uid,
      start: new Date(e.start),
      end: new Date(e.end),
      stamp: new Date(e.stamp),
      sequence: e.sequence,
      summary: e.summary,
      description: e.description,
      categories: e.categories.map((name) => ({ name })),
      alarms: e.alarms.map((a) => ({
        type: 'display',
        trigger: a.minutesBefore * 60,
        description: a.description,
      })),
    })
  }
  return cal.toString()
}

/** ics (npm), UTC times, from our neutral events. */
function withIcs(events) {
  const { error, value } = createEvents(
    events.map((e) => ({
      uid: e.uid,
      start: Date.parse(e.start),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: Date.parse(e.end),
      endInputType: 'utc',
      endOutputType: 'utc',
      timestamp: Date.parse(e.stamp),
      sequence: e.sequence,
      title: e.summary,
      description: e.description,
      categories: e.categories,
      alarms: e.alarms.map((a) => ({
        action: 'display',
        description: a.description,
        trigger: { minutes: a.minutesBefore, before: true },
      })),
    })),
    { productId: '//snackplan//bench//EN', calName: NAME },
  )
  if (error) throw error
  return value
}

/**
 * Parses with ical.js and checks that every event comes back with the same
 * UID, start instant and alarm count.
 */
export function parseCheck(text, events) {
  const root = new ICAL.Component(ICAL.parse(text))
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz)
  const back = new Map(
    root.getAllSubcomponents('vevent').map((v) => {
      const ev = new ICAL.Event(v)
      return [
        ev.uid,
        {
          start: ev.startDate.toJSDate().getTime(),
          alarms: v.getAllSubcomponents('valarm').length,
        },
      ]
    }),
  )
  const same = events.every((e) => {
    const b = back.get(e.uid)
    return b && b.start === Date.parse(e.start) && b.alarms === e.alarms.length
  })
  return { events: back.size, expected: events.length, ok: same && back.size === events.length }
}

// The floor: one template literal per event with the same properties and
// values, instants compacted to ICS form, no checks, no escaping, no folding.
// Not valid ICS (raw newlines in descriptions), so it is not parsed back.
const compact = (iso) => iso.replace(/[-:]/g, '')
function templateFloor(events) {
  const parts = [`BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//snackplan//bench//EN\r\n`]
  for (const e of events) {
    let alarms = ''
    for (const a of e.alarms) {
      alarms += `BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:${a.description}\r\nTRIGGER:-PT${a.minutesBefore}M\r\nEND:VALARM\r\n`
    }
    parts.push(
      `BEGIN:VEVENT\r\nUID:${e.uid}\r\nDTSTAMP:${compact(e.stamp)}\r\nDTSTART:${compact(e.start)}\r\nDTEND:${compact(e.end)}\r\nSEQUENCE:${e.sequence}\r\nSUMMARY:${e.summary}\r\nDESCRIPTION:${e.description}\r\nCATEGORIES:${e.categories.join(',')}\r\nTRANSP:TRANSPARENT\r\n${alarms}END:VEVENT\r\n`,
    )
  }
  parts.push('END:VCALENDAR\r\n')
  return parts.join('')
}

/** Calendar events of a year of plans of generated profiles, at least `count` of them. */
export async function manyEvents(planner, profiles, count) {
  const events = []
  for (const profile of profiles) {
    if (events.length >= count) break
    const plan = await planner.plan({ profile, days: 365 })
    events.push(...toCalendarEvents(plan, EVENT_OPTIONS))
  }
  return events.slice(0, count)
}

/**
 * @param {{ planner: object, profile?: object, days?: number, events?: object[], label: string,
 *   quick?: boolean, log: (s: string) => void }} input
 */
export async function icsSuite({ planner, profile, days, events: given, label, quick, log }) {
  log(`ics: ${label}`)
  const plan = given ? undefined : await planner.plan({ profile, days })
  const events = given ?? toCalendarEvents(plan, EVENT_OPTIONS)
  const tasks = []
  if (plan) {
    tasks.push(
      {
        name: 'snackplan toICS(toCalendarEvents) local+VTIMEZONE',
        fn: () => toICS(toCalendarEvents(plan, EVENT_OPTIONS), { name: NAME }),
      },
      {
        name: 'snackplan toICS(toCalendarEvents) utc',
        fn: () => toICS(toCalendarEvents(plan, EVENT_OPTIONS), { name: NAME, times: 'utc' }),
      },
    )
  }
  tasks.push(
    {
      name: 'snackplan toICS(events) utc, serialize only',
      key: 'ours',
      ref: true,
      fn: () => toICS(events, { name: NAME, times: 'utc' }),
    },
    {
      name: 'snackplan toICS(events) local+VTIMEZONE, serialize only',
      fn: () => toICS(events, { name: NAME }),
    },
    {
      name: 'ical-generator utc (from events)',
      key: 'icalGenerator',
      fn: () => withIcalGenerator(events),
    },
    { name: 'ics (npm) utc (from events)', key: 'ics', fn: () => withIcs(events) },
    {
      name: 'template literal floor (no checks, escaping or folding)',
      key: 'floor',
      parse: false,
      fn: () => templateFloor(events),
    },
  )
  // The memory runs come first and double as warm-up.
  const big = events.length > 1000
  const huge = events.length > 5000
  const mems = []
  for (const t of tasks) {
    if (huge) log(`ics: ${t.name}`)
    mems.push(await memory(t.fn, big ? 1 : 3, !big))
  }
  // The peers take up to seconds a call on big calendars (the `ics` package
  // well over a minute on ten thousand events, where the memory run's one
  // call is its only sample); ours and the floor take milliseconds, so they
  // get enough timed calls after a warm-up for a steady median.
  const slow = (t) => t.key === 'icalGenerator' || t.key === 'ics'
  const cheap = tasks.filter((t) => !slow(t))
  const peers = tasks.filter(slow)
  const fast = await time(
    cheap,
    big
      ? { time: 0, iterations: quick ? 2 : huge ? 8 : 15, warmupTime: 0, warmupIterations: 2 }
      : { time: 300, iterations: 15, warmupIterations: 2 },
  )
  const oneSample = (t) => {
    const wall = mems[tasks.indexOf(t)].wallMs[0]
    return { name: t.name, hz: 1000 / wall, meanMs: wall, medianMs: wall, p99Ms: wall, samples: 1 }
  }
  const slowRows = huge
    ? peers.map(oneSample)
    : await time(
        peers,
        big
          ? { time: 0, iterations: quick ? 1 : 3, warmupTime: 0, warmupIterations: 0 }
          : { time: 300, iterations: 15, warmupIterations: 2 },
      )
  const timed = tasks.map((t) => (slow(t) ? slowRows[peers.indexOf(t)] : fast[cheap.indexOf(t)]))
  const rows = []
  const checks = []
  const medians = {}
  for (const [i, t] of tasks.entries()) {
    const mem = mems[i]
    // The targets are medians: one slow call (a GC pause) moves a mean of three.
    if (t.key) medians[t.key] = timed[i].medianMs
    if (t.parse !== false) {
      const check = parseCheck(mem.result, events)
      checks.push({ name: t.name, days: label, ...check })
      if (!check.ok)
        log(`WARNING: ${t.name}: ${check.events} of ${check.expected} events parse back equal`)
    }
    rows.push({
      ...timed[i],
      ref: t.ref,
      allocated: mem.allocated,
      retained: mem.retained,
      outputBytes: byteSize(mem.result),
    })
  }
  return { rows, checks, events: events.length, medians }
}
