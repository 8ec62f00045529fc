import { BODY_REGIONS, type Catalog, defaultCatalog, EQUIPMENT, LOCALES } from '@snackplan/catalog'
import fc from 'fast-check'
import { addDays } from '../time'
import {
  CONDITIONS,
  type Condition,
  DAY_TYPES,
  type DayPlan,
  LEVELS,
  type Profile,
  WEEKDAYS,
} from '../types/profile'

/**
 * Zones profiles are drawn from by default: whole-hour, half-hour and
 * 45-minute offsets, one- and half-hour DST shifts, northern and southern DST.
 */
export const TEST_ZONES = [
  'Europe/Stockholm',
  'Europe/Copenhagen',
  'America/New_York',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'Australia/Lord_Howe',
  'UTC',
] as const

/** Options of {@link arbitraryProfile}. */
export interface ArbitraryProfileOptions {
  /** IANA zones to draw from. Default {@link TEST_ZONES}. */
  zones?: readonly string[]
  /** Range `programStart` is drawn from, inclusive. Default 2026-01-01..2027-12-31. */
  programStart?: {
    /** Earliest date, `YYYY-MM-DD`. */
    min: string
    /** Latest date, `YYYY-MM-DD`. */
    max: string
  }
  /** Conditions to draw combinations from. Default: the whole vocabulary. */
  conditions?: readonly Condition[]
  /** Feedback names exercises of this catalog. Default `defaultCatalog`. */
  catalog?: Catalog
  /** Most busy blocks, placed in the first two weeks of the program. Default 4. */
  maxBusy?: number
}

const pad = (n: number) => String(n).padStart(2, '0')
const hhmm = (min: number) => `${pad(Math.floor((min % 1440) / 60))}:${pad(min % 60)}`
const DAY_MS = 86_400_000

function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS)
}

function dateArb(range: { min: string; max: string }): fc.Arbitrary<string> {
  return fc
    .integer({ min: dayNumber(range.min), max: dayNumber(range.max) })
    .map((d) => new Date(d * DAY_MS).toISOString().slice(0, 10))
}

// Mostly ordinary mornings; sometimes the small hours, where DST changes happen.
const wakeArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 5 * 60, max: 9 * 60 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 5 * 60 }) },
)
// Waking hours as minutes after the wake day's midnight: a day, or a night
// shift whose bed (past 1440) is the next morning.
const wakingArb = fc.oneof(
  {
    weight: 5,
    arbitrary: wakeArb.chain((wake) =>
      fc.tuple(
        fc.constant(wake),
        fc.integer({ min: Math.min(wake + 8 * 60, 23 * 60), max: 23 * 60 + 59 }),
      ),
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 17 * 60, max: 23 * 60 })
      .chain((wake) =>
        fc.tuple(fc.constant(wake), fc.integer({ min: 1440 + 60, max: wake + 14 * 60 })),
      ),
  },
)

function dayArb(wake: number, bed: number): fc.Arbitrary<DayPlan> {
  const type = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...DAY_TYPES.filter((t) => t !== 'rest')) },
    { weight: 1, arbitrary: fc.constant('rest' as const) },
  )
  return type.chain((t): fc.Arbitrary<DayPlan> => {
    if (t === 'rest') return fc.constant({ type: t })
    const noWork = fc
      .option(fc.integer({ min: wake, max: bed - 1 }), { nil: undefined })
      .map(
        (lunch): DayPlan => (lunch === undefined ? { type: t } : { type: t, lunch: hhmm(lunch) }),
      )
    if (bed - wake < 60) return noWork
    const withWork = fc
      .integer({ min: wake, max: bed - 60 })
      .chain((start) =>
        fc.tuple(
          fc.constant(start),
          fc.integer({ min: start + 60, max: Math.min(bed, start + 600) }),
        ),
      )
      .chain(([start, end]) =>
        fc.option(fc.integer({ min: start, max: end - 1 }), { nil: undefined }).map(
          (lunch): DayPlan => ({
            type: t,
            work: [hhmm(start), hhmm(end)],
            ...(lunch === undefined ? {} : { lunch: hhmm(lunch) }),
          }),
        ),
      )
    // Sometimes a breakfast or dinner too: each main meal gets its walk.
    const meal = fc.option(fc.integer({ min: wake, max: bed - 1 }), { nil: undefined, freq: 3 })
    return fc
      .tuple(
        fc.oneof({ weight: 1, arbitrary: noWork }, { weight: 2, arbitrary: withWork }),
        meal,
        meal,
      )
      .map(([plan, breakfast, dinner]) => ({
        ...plan,
        ...(breakfast === undefined ? {} : { breakfast: hhmm(breakfast) }),
        ...(dinner === undefined ? {} : { dinner: hhmm(dinner) }),
      }))
  })
}

function busyArb(programStart: string, wake: number, bed: number, max: number) {
  return fc.array(
    fc
      .record({
        day: fc.integer({ min: 0, max: 13 }),
        // Night shifts: blocks in the evening part of the waking hours.
        start: fc.integer({ min: Math.max(0, wake - 60), max: Math.min(bed, 23 * 60 + 58) }),
        minutes: fc.integer({ min: 5, max: 240 }),
      })
      .map(({ day, start, minutes }) => {
        const date = addDays(programStart, day)
        const end = Math.min(start + minutes, 23 * 60 + 59)
        return { start: `${date}T${hhmm(start)}`, end: `${date}T${hhmm(Math.max(end, start + 1))}` }
      })
      .filter((b) => b.end > b.start),
    { maxLength: max },
  )
}

/**
 * A fast-check arbitrary of valid profiles: every value passes
 * `checkProfile` without warnings. Zones, conditions (single and combined),
 * clearance, equipment, day types, work and lunch hours, busy blocks in the
 * first two weeks and feedback entries are all drawn at random.
 *
 * @example
 * fc.assert(fc.asyncProperty(arbitraryProfile(), async (profile) => {
 *   const plan = await planner.plan({ profile, days: 7 })
 *   return checkInvariants(plan, { profile }).length === 0
 * }))
 */
export function arbitraryProfile(options: ArbitraryProfileOptions = {}): fc.Arbitrary<Profile> {
  const zones = options.zones ?? TEST_ZONES
  const conditions = options.conditions ?? CONDITIONS
  const catalog = options.catalog ?? defaultCatalog
  const exerciseIds = catalog.exercises.map((e) => e.id)
  const start = dateArb(options.programStart ?? { min: '2026-01-01', max: '2027-12-31' })
  return fc
    .tuple(wakingArb, start)
    .map(([[wake, bed], programStart]) => [wake, bed, programStart] as const)
    .chain(([wake, bed, programStart]) =>
      fc.record(
        {
          id: fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/),
          locale: fc.constantFrom(...LOCALES),
          timeZone: fc.constantFrom(...zones),
          programStart: fc.constant(programStart),
          level: fc.constantFrom(...LEVELS),
          conditions: fc.subarray([...conditions]),
          injuries: fc.subarray([...BODY_REGIONS], { maxLength: 2 }),
          clearedForVigorous: fc.boolean(),
          equipment: fc.subarray([...EQUIPMENT]),
          wake: fc.constant(hhmm(wake)),
          bed: fc.constant(hhmm(bed)),
          days: fc
            .tuple(...WEEKDAYS.map(() => dayArb(wake, bed)))
            .filter((days) => days.some((d) => d.type !== 'rest'))
            .map((days) =>
              Object.fromEntries(WEEKDAYS.map((w, i) => [w, days[i]!])),
            ) as fc.Arbitrary<Profile['days']>,
          busy: busyArb(programStart, wake, bed, options.maxBusy ?? 4),
          feedback: fc.array(
            fc.record(
              {
                date: fc.integer({ min: -14, max: 14 }).map((d) => addDays(programStart, d)),
                exerciseId: fc.constantFrom(...exerciseIds),
                done: fc.boolean(),
                effort: fc.integer({ min: 1, max: 10 }),
              },
              { requiredKeys: ['date', 'exerciseId', 'done'] },
            ),
            { maxLength: 12 },
          ),
          preferences: fc.record(
            {
              discreet: fc.boolean(),
              activePauses: fc.boolean(),
              focus: fc.constantFrom('balanced', 'cardio', 'strength', 'mobility') as fc.Arbitrary<
                'balanced' | 'cardio' | 'strength' | 'mobility'
              >,
            },
            { requiredKeys: [] },
          ),
        },
        {
          requiredKeys: [
            'id',
            'locale',
            'timeZone',
            'programStart',
            'level',
            'conditions',
            'equipment',
            'wake',
            'bed',
            'days',
          ],
        },
      ),
    ) as fc.Arbitrary<Profile>
}
