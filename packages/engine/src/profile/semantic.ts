import { pointer, type SnackplanIssue } from '@snackplan/catalog'
import { WEEKDAYS } from '../types/profile'
import { type BusyBound, busyBound, busyOrdered, isImpossibleDate, minutesOfDay } from './clock'
import { TIME_ZONE_PATTERN } from './schema'
import { zoneSpelling } from './zone'

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
  const waking = wake !== undefined && bed !== undefined && wake < bed
  if (wake !== undefined && bed !== undefined && !waking) {
    errors.push({
      code: 'profile/wake-not-before-bed',
      path: pointer('bed'),
      message: `bed time ${String(profile.bed)} must be later the same day than wake time ${String(profile.wake)}`,
    })
  }

  const days = asObject(profile.days)
  if (days) {
    for (const weekday of WEEKDAYS) {
      const day = asObject(days[weekday])
      if (day)
        checkDay(day, weekday, waking ? { wake: wake!, bed: bed! } : undefined, errors, warnings)
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
      message: `"${zone}" is not an IANA time zone this runtime knows (e.g. "Europe/Stockholm")`,
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

function checkDay(
  day: Json,
  weekday: string,
  waking: { wake: number; bed: number } | undefined,
  errors: SnackplanIssue[],
  warnings: SnackplanIssue[],
): void {
  const at = (...t: (string | number)[]) => pointer('days', weekday, ...t)
  const work = Array.isArray(day.work) ? day.work : undefined
  const start = minutesOfDay(work?.[0])
  const end = minutesOfDay(work?.[1])
  const workOk = work?.length === 2 && start !== undefined && end !== undefined
  if (workOk && start >= end) {
    errors.push({
      code: 'profile/work-not-ordered',
      path: at('work', 1),
      message: `work must end after it starts (got ${String(work[0])}-${String(work[1])})`,
    })
  } else if (workOk && waking && (start < waking.wake || end > waking.bed)) {
    const first = start < waking.wake
    errors.push({
      code: 'profile/work-outside-waking-hours',
      path: at('work', first ? 0 : 1),
      message: `work ${first ? 'starts before wake time' : 'ends after bed time'} (${String(work[first ? 0 : 1])})`,
    })
  }

  const lunch = minutesOfDay(day.lunch)
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
        message: `lunch ${String(day.lunch)} must be between wake and bed time`,
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
