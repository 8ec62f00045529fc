import { EQUIPMENT, LOCALES } from '@snackplan/catalog'
import fc from 'fast-check'
import { CONDITIONS, DAY_TYPES, LEVELS, WEEKDAYS } from '../../src/types/profile'

/** Zones the issue names, plus UTC: real, and with odd offsets and DST rules. */
export const ZONES = [
  'Europe/Stockholm',
  'Europe/Copenhagen',
  'America/New_York',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'Australia/Lord_Howe',
  'UTC',
] as const

const pad = (n: number) => String(n).padStart(2, '0')
export const hhmm = (min: number) => `${pad(Math.floor(min / 60))}:${pad(min % 60)}`

const date = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10))

/** A day that fits waking hours `wake..bed` and gives no warning. */
const dayWithin = (wake: number, bed: number) =>
  fc.constantFrom(...DAY_TYPES).chain((type) => {
    const lunchOnly = fc.option(fc.integer({ min: wake, max: bed - 1 }).map(hhmm), {
      nil: undefined,
    })
    const noWork = lunchOnly.map((lunch) => (lunch === undefined ? { type } : { type, lunch }))
    if (type === 'rest') return noWork
    const withWork = fc
      .integer({ min: wake, max: bed - 1 })
      .chain((start) => fc.tuple(fc.constant(start), fc.integer({ min: start + 1, max: bed })))
      .chain(([start, end]) =>
        fc.option(fc.integer({ min: start, max: end - 1 }), { nil: undefined }).map((lunch) => ({
          type,
          work: [hhmm(start), hhmm(end)] as [string, string],
          ...(lunch === undefined ? {} : { lunch: hhmm(lunch) }),
        })),
      )
    return fc.oneof(noWork, withWork)
  })

const busyBlock = fc
  .record({
    start: fc.date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2040-01-01T00:00:00Z'),
      noInvalidDate: true,
    }),
    minutes: fc.integer({ min: 1, max: 24 * 60 * 3 }),
    seconds: fc.boolean(),
    suffix: fc.constantFrom('', 'Z', '+01:00', '-05:30', '+13:45'),
  })
  .map(({ start, minutes, seconds, suffix }) => {
    const fmt = (d: Date) => d.toISOString().slice(0, seconds ? 19 : 16) + suffix
    return { start: fmt(start), end: fmt(new Date(start.getTime() + minutes * 60_000)) }
  })

const feedback = fc.record(
  {
    date,
    exerciseId: fc.constantFrom('chair-squat', 'wall-push-up', 'calf-raise', 'plank'),
    done: fc.boolean(),
    effort: fc.integer({ min: 1, max: 10 }),
  },
  { requiredKeys: ['date', 'exerciseId', 'done'] },
)

/** Valid profiles: every one passes `checkProfile` with no warnings. */
export const validProfileArb = fc
  .integer({ min: 0, max: 22 * 60 })
  .chain((wake) => fc.tuple(fc.constant(wake), fc.integer({ min: wake + 1, max: 23 * 60 + 59 })))
  .chain(([wake, bed]) =>
    fc.record(
      {
        id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/),
        locale: fc.constantFrom(...LOCALES),
        timeZone: fc.constantFrom(...ZONES),
        programStart: date,
        level: fc.constantFrom(...LEVELS),
        conditions: fc.shuffledSubarray([...CONDITIONS]),
        clearedForVigorous: fc.boolean(),
        equipment: fc.shuffledSubarray([...EQUIPMENT]),
        wake: fc.constant(hhmm(wake)),
        bed: fc.constant(hhmm(bed)),
        days: fc
          .tuple(...WEEKDAYS.map(() => dayWithin(wake, bed)))
          .filter((days) => days.some((d) => d.type !== 'rest'))
          .map((days) => Object.fromEntries(WEEKDAYS.map((w, i) => [w, days[i]]))),
        busy: fc.array(busyBlock, { maxLength: 4 }),
        feedback: fc.array(feedback, { maxLength: 4 }),
        preferences: fc.record(
          {
            discreet: fc.boolean(),
            focus: fc.constantFrom('balanced', 'cardio', 'strength', 'mobility'),
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
  )
