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

/**
 * @param {{ planner: object, profile: object, days: number, log: (s: string) => void }} input
 */
export async function icsSuite({ planner, profile, days, log }) {
  log(`ics: ${days}-day plan`)
  const plan = await planner.plan({ profile, days })
  const events = toCalendarEvents(plan, EVENT_OPTIONS)
  const tasks = [
    {
      name: 'snackplan toICS(toCalendarEvents) local+VTIMEZONE',
      fn: () => toICS(toCalendarEvents(plan, EVENT_OPTIONS), { name: NAME }),
    },
    {
      name: 'snackplan toICS(toCalendarEvents) utc',
      fn: () => toICS(toCalendarEvents(plan, EVENT_OPTIONS), { name: NAME, times: 'utc' }),
    },
    {
      name: 'snackplan toICS(events) utc, serialize only',
      ref: true,
      fn: () => toICS(events, { name: NAME, times: 'utc' }),
    },
    { name: 'ical-generator utc (from events)', fn: () => withIcalGenerator(events) },
    { name: 'ics (npm) utc (from events)', fn: () => withIcs(events) },
  ]
  // The memory runs come first and double as warm-up; a year of events takes
  // up to seconds per call, so it gets a few timed iterations only.
  const big = days > 100
  const mems = []
  for (const t of tasks) mems.push(await memory(t.fn, big ? 1 : 3, !big))
  const timed = await time(
    tasks,
    big
      ? { time: 0, iterations: 3, warmupTime: 0, warmupIterations: 0 }
      : { time: 300, iterations: 15, warmupIterations: 2 },
  )
  const rows = []
  const checks = []
  for (const [i, t] of tasks.entries()) {
    const mem = mems[i]
    const check = parseCheck(mem.result, events)
    checks.push({ name: t.name, days, ...check })
    if (!check.ok)
      log(`WARNING: ${t.name}: ${check.events} of ${check.expected} events parse back equal`)
    rows.push({
      ...timed[i],
      ref: t.ref,
      allocated: mem.allocated,
      retained: mem.retained,
      outputBytes: byteSize(mem.result),
    })
  }
  return { rows, checks, events: events.length }
}
