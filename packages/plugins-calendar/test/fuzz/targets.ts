import { cleanText } from '@snackplan/catalog'
import { type Plan, RECUR_FREQUENCIES } from '@snackplan/engine'
import fc from 'fast-check'
import {
  arbitraryHostileDocument,
  arbitraryMutatedDocument,
} from '../../../../fuzz/arbitraries/json'
import { arbitraryHostileRRule, arbitraryRRuleBody } from '../../../../fuzz/arbitraries/rrule'
import { arbitraryHostileString, arbitraryOddText } from '../../../../fuzz/arbitraries/text'
import { defineFuzzTarget } from '../../../../fuzz/harness'
import {
  busyFromICS,
  type CalendarEventOptions,
  type ExerciseLookup,
  toCalendarEvents,
} from '../../src'
import { catalog } from '../fixtures/catalog'
import { calendar, STOCKHOLM, vevent } from '../fixtures/ics'
import { annaPlan } from '../fixtures/plan'

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

// Years near now mostly, and the ends of what ICS can write.
const stampArb = fc
  .record({
    year: fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 2024, max: 2028 }) },
      { weight: 1, arbitrary: fc.constantFrom(1, 1601, 1900, 9998, 9999) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 9999 }) },
    ),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.oneof(
      { weight: 9, arbitrary: fc.integer({ min: 1, max: 28 }) },
      { weight: 1, arbitrary: fc.integer({ min: 29, max: 31 }) },
    ),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.constantFrom(0, 15, 30, 59),
  })
  .map(
    ({ year, month, day, hour, minute }) =>
      `${pad(year, 4)}${pad(month)}${pad(day)}T${pad(hour)}${pad(minute)}00`,
  )

const HOSTILE_ZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Evil',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'DTSTART:19700101T000000',
  'RRULE:FREQ=SECONDLY',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n')

/** Not one of the forms RFC 5545 forbids or busyFromICS refuses. */
function plausible(rule: string): boolean {
  const freq = /FREQ=(\w+)/.exec(rule)?.[1] ?? ''
  const coarse = freq === 'YEARLY' || freq === 'MONTHLY'
  return !(
    (rule.includes('BYWEEKNO') && freq !== 'YEARLY') ||
    (!coarse && /BYDAY=[^;]*\d/.test(rule)) ||
    (/HOURLY|MINUTELY|SECONDLY/.test(freq) && rule.includes('BYSETPOS'))
  )
}

const eventArb = fc.record({
  start: fc.tuple(
    fc.constantFrom(
      'DTSTART:',
      'DTSTART;TZID=Europe/Stockholm:',
      'DTSTART;TZID=Evil:',
      'DTSTART;TZID=Mars/Olympus:',
      'DTSTART;TZID=America/New_York:',
      'DATE',
    ),
    stampArb,
    fc.boolean(),
  ),
  length: fc.constantFrom(
    'DURATION:PT30M',
    'DURATION:P1D',
    'DURATION:PT1S',
    'DURATION:-PT1H',
    'DURATION:P520W',
    '',
  ),
  rule: fc.option(
    fc.oneof(
      // Mostly rules calendar apps could write, so most calendars get expanded.
      { weight: 10, arbitrary: arbitraryRRuleBody(RECUR_FREQUENCIES).filter(plausible) },
      { weight: 2, arbitrary: arbitraryRRuleBody(RECUR_FREQUENCIES) },
      { weight: 1, arbitrary: arbitraryHostileRRule() },
      { weight: 1, arbitrary: stampArb.map((until) => `FREQ=DAILY;UNTIL=${until}Z`) },
    ),
    { nil: undefined, freq: 5 },
  ),
  extra: fc.array(
    fc.oneof(
      stampArb.map((t) => `EXDATE:${t}Z`),
      fc.array(stampArb, { minLength: 1, maxLength: 40 }).map((ts) => `RDATE:${ts.join(',')}`),
      fc.constantFrom('STATUS:CANCELLED', 'TRANSP:TRANSPARENT', 'STATUS:CONFIRMED'),
      arbitraryOddText().map((t) => `SUMMARY:${t.replace(/[\r\n]/g, ' ')}`),
    ),
    { maxLength: 3 },
  ),
  override: fc.option(stampArb, { nil: undefined, freq: 4 }),
})

function eventText(
  e: typeof eventArb extends fc.Arbitrary<infer E> ? E : never,
  i: number,
): string {
  const [prefix, stamp, utc] = e.start
  const start =
    prefix === 'DATE'
      ? `DTSTART;VALUE=DATE:${stamp.slice(0, 8)}`
      : `${prefix}${stamp}${utc && prefix === 'DTSTART:' ? 'Z' : ''}`
  const lines = [
    start,
    ...(e.length ? [e.length] : []),
    ...(e.rule ? [`RRULE:${e.rule}`] : []),
    ...e.extra,
  ]
  const master = vevent(`e${i}`, ...lines)
  if (!e.override) return master
  return `${master}\r\n${vevent(`e${i}`, `RECURRENCE-ID:${stamp}Z`, `DTSTART:${e.override}Z`, 'DURATION:PT1H')}`
}

const icsArb = fc
  .record({
    zone: fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom('', STOCKHOLM) },
      { weight: 1, arbitrary: fc.constant(HOSTILE_ZONE) },
    ),
    events: fc.array(eventArb, { minLength: 1, maxLength: 4 }),
    damage: fc.option(
      fc.tuple(
        fc.nat(),
        fc.constantFrom('', '\r\n', ':', ';', '\r\n ', 'BEGIN:VEVENT\r\n', '\u0000', '\uD800'),
      ),
      {
        nil: undefined,
        freq: 6,
      },
    ),
  })
  .map(({ zone, events, damage }) => {
    const text = calendar(...(zone ? [zone] : []), ...events.map(eventText))
    if (!damage) return text
    const at = damage[0] % text.length
    return text.slice(0, at) + damage[1] + text.slice(at + 1)
  })

/** busyFromICS on generated calendars: hostile RRULEs, DTSTARTs, zones, damage. */
export const busyFromICSTarget = defineFuzzTarget({
  arbitrary: fc.record({
    text: fc.oneof(
      { weight: 15, arbitrary: icsArb },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
    ),
    from: fc
      .integer({ min: 0, max: 1500 })
      .map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10)),
    days: fc.integer({ min: 0, max: 31 }),
    timeZone: fc.constantFrom('UTC', 'Europe/Stockholm', 'Pacific/Chatham', 'America/Los_Angeles'),
    unsupported: fc.constantFrom('error', 'first-occurrence') as fc.Arbitrary<
      'error' | 'first-occurrence'
    >,
  }),
  run: ({ text, from, days, timeZone, unsupported }) => {
    const to = new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10)
    const blocks = busyFromICS(text, { from, to, timeZone, unsupportedRecurrence: unsupported })
    let last = Number.NEGATIVE_INFINITY
    for (const b of blocks) {
      const s = Date.parse(b.start)
      const e = Date.parse(b.end)
      if (!(s > last && e > s)) throw new Error(`blocks not sorted and disjoint at ${b.start}`)
      last = e
    }
  },
})

// A plan and its options as a careless caller or a hand-made plan passes them.
const eventOptions = {
  locale: 'sv',
  alarms: [{ minutesBefore: 5 }],
  minDurationMin: 5,
  uidSecret: 'secret',
  previous: [
    {
      uid: 'x@snackplan',
      start: '2026-11-23T07:00:00Z',
      end: '2026-11-23T07:05:00Z',
      summary: 'Knäböj',
      description: 'Sätt dig',
      sequence: 0,
      stamp: '2026-11-20T00:00:00Z',
    },
  ],
  stamp: '2026-11-23T00:00:00Z',
}

/** toCalendarEvents on mutated plans and options, with a catalog lookup of odd texts. */
export const toCalendarEventsTarget = defineFuzzTarget({
  arbitrary: fc.record({
    plan: arbitraryHostileDocument(annaPlan()),
    options: fc.oneof(
      { weight: 4, arbitrary: arbitraryMutatedDocument(eventOptions) },
      { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
    ),
    oddNames: fc.option(arbitraryHostileString(20_000), { nil: undefined }),
  }),
  run: ({ plan, options, oddNames }) => {
    const lookup: ExerciseLookup = {
      get: (id) => {
        const entry = catalog.get(id)
        if (!entry || oddNames === undefined) return entry
        return { ...entry, name: { en: oddNames, sv: oddNames, da: oddNames } }
      },
    }
    const given = typeof options === 'object' && options !== null ? options : {}
    const events = toCalendarEvents(plan as Plan, {
      ...(given as CalendarEventOptions),
      catalog: lookup,
    })
    // Whatever went in, what comes out follows the text policy.
    for (const e of events) {
      for (const text of [e.summary, e.description, ...e.categories]) {
        if (cleanText(text, 'replace').text !== text) {
          throw new Error(`text outside the policy: ${JSON.stringify(text.slice(0, 80))}`)
        }
      }
    }
  },
})
