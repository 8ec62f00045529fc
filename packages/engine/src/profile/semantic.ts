import { didYouMean, pointer, type SnackplanIssue } from '@snackplan/catalog'
import { WEEKDAYS } from '../types/profile'
import { type BusyBound, busyBound, busyOrdered, isImpossibleDate, minutesOfDay } from './clock'
import { TIME_ZONE_PATTERN } from './schema'
import { knownZones, zoneSpelling } from './zone'

type Json = Record<string, unknown>

const asObject = (v: unknown): Json | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const ZONE_SHAPE = new RegExp(TIME_ZONE_PATTERN)

/**
 * Rules the schema cannot say. They run even when the schema failed, reading
 * only the fields that have the right shape, so one call reports every
 * mistake and never repeats a schema error.
 */
export function semanticIssues(doc: unknown): {
  errors: SnackplanIssue[]
  warnings: SnackplanIssue[]
} {
  const errors: SnackplanIssue[] = []
  const warnings: SnackplanIssue[] = []
  const profile = asObject(doc)
  if (!profile) return { errors, warnings }

  const zone = typeof profile.timeZone === 'string' ? profile.timeZone : undefined
  const zoneOk = zone !== undefined && ZONE_SHAPE.test(zone) && checkZone(zone, errors, warnings)

  checkDate(profile.programStart, pointer('programStart'), errors)

  const wake = minutesOfDay(profile.wake)
  const bed = minutesOfDay(profile.bed)
  // A bed time earlier on the clock than wake is the next morning (a night shift).
  const waking =
    wake !== undefined && bed !== undefined && wake !== bed
      ? { wake, bed: bed > wake ? bed : bed + 1440, text: `${profile.wake}-${profile.bed}` }
      : undefined
  if (wake !== undefined && bed !== undefined && !waking) {
    errors.push({
      code: 'profile/wake-not-before-bed',
      path: pointer('bed'),
      message: `wake and bed are both ${String(profile.bed)}, which leaves no waking hours (a bed time earlier on the clock than wake is the next morning)`,
    })
  }

  const days = asObject(profile.days)
  if (days) {
    for (const weekday of WEEKDAYS) {
      const day = asObject(days[weekday])
      if (day) checkDay(day, weekday, waking, errors, warnings)
    }
    const types = WEEKDAYS.map((w) => asObject(days[w])?.type)
    if (types.every((t) => t === 'rest')) {
      errors.push({
        code: 'profile/no-active-day',
        path: pointer('days'),
        message: 'every day is a rest day, so nothing could ever be planned',
      })
    }
  }

  asArray(profile.busy).forEach((b, i) => {
    const block = asObject(b)
    if (block) checkBusy(block, i, zoneOk ? zone : undefined, errors)
  })
  asArray(profile.feedback).forEach((f, i) => {
    checkDate(asObject(f)?.date, pointer('feedback', i, 'date'), errors)
  })
  return { errors, warnings }
}

function checkZone(zone: string, errors: SnackplanIssue[], warnings: SnackplanIssue[]): boolean {
  const spelling = zoneSpelling(zone)
  if (spelling === 'unknown') {
    errors.push({
      code: 'profile/unknown-time-zone',
      path: pointer('timeZone'),
      message: `"${zone}" is not an IANA time zone this runtime knows${didYouMean(zone, knownZones()) || ' (e.g. "Europe/Stockholm")'}`,
    })
    return false
  }
  if (spelling !== 'canonical') {
    warnings.push({
      code: 'profile/time-zone-spelling',
      path: pointer('timeZone'),
      message: `write "${spelling.preferred}" rather than "${zone}": calendar clients may match zone names exactly`,
    })
  }
  return true
}

function checkDate(value: unknown, path: string, errors: SnackplanIssue[]): void {
  if (isImpossibleDate(value)) {
    errors.push({
      code: 'profile/invalid-date',
      path,
      message: `${value} is not a day in the calendar`,
    })
  }
}

/** The waking window in minutes after the wake day's midnight; `bed` past 1440 is the next day. */
interface Waking {
  wake: number
  bed: number
  /** `wake-bed` as written, for messages. */
  text: string
}

function checkDay(
  day: Json,
  weekday: string,
  waking: Waking | undefined,
  errors: SnackplanIssue[],
  warnings: SnackplanIssue[],
): void {
  const at = (...t: (string | number)[]) => pointer('days', weekday, ...t)
  // On a night shift, clock times up to bed belong to the next morning.
  const ext = (m: number) => (waking && waking.bed > 1440 && m <= waking.bed - 1440 ? m + 1440 : m)
  const work = Array.isArray(day.work) ? day.work : undefined
  const rawStart = minutesOfDay(work?.[0])
  const rawEnd = minutesOfDay(work?.[1])
  const workOk = work?.length === 2 && rawStart !== undefined && rawEnd !== undefined
  const start = rawStart === undefined ? Number.NaN : ext(rawStart)
  const end = rawEnd === undefined ? Number.NaN : ext(rawEnd)
  // Without valid waking hours a span that crosses midnight cannot be judged
  // (it may be a night shift): the wake/bed error comes first.
  if (workOk && waking && start >= end) {
    errors.push({
      code: 'profile/work-not-ordered',
      path: at('work', 1),
      message: `work must end after it starts (got ${String(work[0])}-${String(work[1])})`,
    })
  } else if (workOk && waking && (start < waking.wake || end > waking.bed)) {
    const first = start < waking.wake || start >= waking.bed
    errors.push({
      code: 'profile/work-outside-waking-hours',
      path: at('work', first ? 0 : 1),
      message: first
        ? start < waking.wake
          ? `work starts ${String(work[0])}, before wake at ${String(waking.text.slice(0, 5))}`
          : `work starts ${String(work[0])}, outside the waking hours ${waking.text}`
        : `work ends ${String(work[1])}, after bed at ${waking.text.slice(6)}`,
    })
  }

  const lunchRaw = minutesOfDay(day.lunch)
  const lunch = lunchRaw === undefined ? undefined : ext(lunchRaw)
  if (lunch !== undefined && workOk && start < end) {
    if (lunch < start || lunch >= end) {
      errors.push({
        code: 'profile/lunch-outside-work',
        path: at('lunch'),
        message: `lunch ${String(day.lunch)} must be within work hours ${String(work[0])}-${String(work[1])}`,
      })
    }
  } else if (lunch !== undefined && work === undefined && waking) {
    // A home or rest day may have a lunch without work hours; it still has to be awake time.
    if (lunch < waking.wake || lunch >= waking.bed) {
      errors.push({
        code: 'profile/lunch-outside-waking-hours',
        path: at('lunch'),
        message: `lunch ${String(day.lunch)} must be within the waking hours ${waking.text}`,
      })
    }
  }
  for (const meal of ['breakfast', 'dinner'] as const) {
    const raw = minutesOfDay(day[meal])
    if (raw === undefined || !waking) continue
    const m = ext(raw)
    if (m < waking.wake || m >= waking.bed) {
      errors.push({
        code: 'profile/meal-outside-waking-hours',
        path: at(meal),
        message: `${meal} ${String(day[meal])} must be within the waking hours ${waking.text}`,
      })
    }
  }

  if (day.type === 'rest' && work !== undefined) {
    warnings.push({
      code: 'profile/rest-day-with-work',
      path: at('work'),
      message: `${weekday} is a rest day, so its work hours are ignored`,
    })
  }
}

function checkBusy(
  block: Json,
  i: number,
  zone: string | undefined,
  errors: SnackplanIssue[],
): void {
  const bound = (key: 'start' | 'end'): BusyBound | undefined => {
    const b = busyBound(block[key])
    if (b && !b.realDate) {
      errors.push({
        code: 'profile/invalid-date-time',
        path: pointer('busy', i, key),
        message: `${b.text.slice(0, 10)} is not a day in the calendar`,
      })
      return undefined
    }
    return b
  }
  const start = bound('start')
  const end = bound('end')
  if (start && end && busyOrdered(start, end, zone) === false) {
    errors.push({
      code: 'profile/busy-not-ordered',
      path: pointer('busy', i, 'end'),
      message: `busy block must end after it starts (got ${start.text} to ${end.text})`,
    })
  }
}
