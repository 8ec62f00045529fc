import {
  cleanText,
  defaultCatalog,
  type ExerciseEntry,
  isSnackplanError,
  LOCALES,
  type Locale,
  showValue,
} from '@snackplan/catalog'
import {
  explainAdvisory,
  explainCue,
  type Plan,
  type PlannedDay,
  type PlannedSnack,
  type SnackText,
  snackExplainer,
} from '@snackplan/engine'
import { calendarError } from '../errors'
import type { CalendarEvent } from '../event'
import { MESSAGES, type Messages } from '../i18n/messages'
import { formatUtc, parseDate, parseInstant } from '../time/instant'
import { snackUids } from '../uid'
import { describeSnack } from './description'
import type { AlarmOption, CalendarEventOptions, ExerciseLookup } from './options'
import { remember } from './remember'
import { nextRevision, type PreviousEvent } from './sequence'

const MAX_ALARM_MIN = 40_320
const MAX_MIN_DURATION = 1_440

function checkLocale(locale: unknown): Locale {
  if (!(LOCALES as readonly unknown[]).includes(locale)) {
    throw calendarError(
      'calendar/locale',
      '/locale',
      `unknown locale ${showValue(locale)}; expected one of ${LOCALES.join(', ')}`,
    )
  }
  return locale as Locale
}

function checkMinDuration(value: unknown): number {
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < 0 ||
    value > MAX_MIN_DURATION
  ) {
    throw calendarError(
      'calendar/min-duration',
      '/minDurationMin',
      `minDurationMin must be a number from 0 to ${MAX_MIN_DURATION}, got ${showValue(value)}`,
    )
  }
  return value
}

function checkAlarms(alarms: readonly AlarmOption[]): number[] {
  return alarms.map((alarm, i) => {
    const m = alarm?.minutesBefore
    if (!Number.isInteger(m) || m < 0 || m > MAX_ALARM_MIN) {
      throw calendarError(
        'calendar/alarm',
        `/alarms/${i}/minutesBefore`,
        `minutesBefore must be a whole number from 0 to ${MAX_ALARM_MIN}, got ${showValue(m)}`,
      )
    }
    return m
  })
}

function lookUp(
  catalog: ExerciseLookup | undefined,
  snack: PlannedSnack,
  path: string,
): ExerciseEntry {
  if (!catalog) {
    throw calendarError('calendar/catalog', '/catalog', 'pass options.catalog to look exercises up')
  }
  const entry = catalog.get(snack.exerciseId)
  if (!entry) {
    throw calendarError(
      'calendar/unknown-exercise',
      `${path}/exerciseId`,
      `exercise ${showValue(snack.exerciseId)} is not in the catalog`,
    )
  }
  return entry
}

function defaultStamp(plan: Plan): string {
  if (!parseDate(plan.from)) {
    throw calendarError(
      'calendar/invalid-date',
      '/from',
      `expected YYYY-MM-DD, got ${showValue(plan.from)}`,
    )
  }
  return `${plan.from}T00:00:00Z`
}

interface Context {
  plan: Plan
  locale: Locale
  m: Messages
  catalog: ExerciseLookup
  /** Every item in words (locale, catalog, the plan's rule titles), repeated words made once. */
  explain: (snack: PlannedSnack) => SnackText
  /** The plan's advisories in words, repeated in every snack's description. */
  advisories: readonly string[]
  minDurationMs: number
  alarms: number[]
  stamp: string
  previous: ReadonlyMap<string, PreviousEvent>
  /** The profile's UID for a (date, slot). */
  uid: (date: string, slot: number) => string
  /** The text policy for texts that repeat across events, remembered for this call. */
  short: (text: string) => string
}

function toEvent(
  ctx: Context,
  snack: PlannedSnack,
  date: string,
  slot: number,
  path: string,
  cues: readonly string[],
): CalendarEvent {
  const { m } = ctx
  lookUp(ctx.catalog, snack, path)
  const startMs = parseInstant(snack.start, `${path}/start`)
  const realEndMs = parseInstant(snack.end, `${path}/end`)
  if (realEndMs < startMs) {
    throw calendarError('calendar/invalid-time', `${path}/end`, 'the snack ends before it starts')
  }
  const endMs = Math.max(realEndMs, startMs + ctx.minDurationMs)
  const text = ctx.explain(snack)
  const description = describeSnack({
    text,
    advisories: ctx.advisories,
    m,
    extendedSlotMin: endMs > realEndMs ? Math.round((endMs - startMs) / 60_000) : undefined,
    cues,
    clean: policy,
    cleanRepeated: ctx.short,
  })
  return withRevision(ctx, {
    uid: ctx.uid(date, slot),
    start: formatUtc(startMs),
    end: formatUtc(endMs),
    summary: text.title,
    description,
    categories: [text.type, text.focus],
    snackId: snack.id,
  })
}

/** A short note event for a day with cues but nothing timed (e.g. "reflect and plan" on a rest day). */
function cueEvent(
  ctx: Context,
  day: PlannedDay,
  cues: readonly string[],
  path: string,
): CalendarEvent {
  const startMs = parseInstant(day.awake!.start, `${path}/awake/start`)
  return withRevision(ctx, {
    // Slot 0: snacks count from 1, so the note never takes a snack's UID.
    uid: ctx.uid(day.date, 0),
    start: formatUtc(startMs),
    end: formatUtc(startMs + Math.max(ctx.minDurationMs, 60_000)),
    summary: `${ctx.m.cueEvent}: ${cues[0]}`,
    description: policy(`${ctx.m.cues}:\n${cues.map((c) => `- ${c}`).join('\n')}`),
    categories: [ctx.m.cueEvent],
    snackId: `${ctx.plan.profileId}-${day.date}-cues`,
  })
}

/** What toEvent and cueEvent make; `description` already follows the text policy. */
type EventContent = Pick<
  CalendarEvent,
  'uid' | 'start' | 'end' | 'summary' | 'description' | 'categories' | 'snackId'
>

// Every text an event carries follows the one text policy (NFC, no bidi or
// other controls, no lone surrogates, TAB as a space): a custom lookup's
// entries or a hand-made plan's titles were never checked as documents.
const policy = (text: string): string => cleanText(text, 'replace').text

/**
 * The text policy for one call's repeated texts: titles, categories, alarm
 * texts and the description sections that every item of an exercise or
 * every event repeats (how, safety, cautions, advisories), each distinct one
 * cleaned once. An event's own sections go through `policy` directly.
 */
function policyMemo(): (text: string) => string {
  return remember(policy)
}

/** The rest of an event: clean texts, zone, SEQUENCE and DTSTAMP from what was served before, alarms. */
function withRevision(ctx: Context, raw: EventContent): CalendarEvent {
  const { short } = ctx
  const summary = short(raw.summary)
  const { description } = raw
  const categories = raw.categories.map(short)
  const revision = nextRevision(
    raw.uid,
    { start: raw.start, end: raw.end, summary, description },
    ctx.previous,
    ctx.stamp,
  )
  const alarms = ctx.alarms.map((minutesBefore) => ({
    minutesBefore,
    description: short(ctx.m.alarm(categories[0]!, minutesBefore, summary)),
  }))
  // Written out in one literal (no spreads): the key order is the one events
  // have always had, and one object per event is made instead of three.
  return {
    uid: raw.uid,
    start: raw.start,
    end: raw.end,
    summary,
    description,
    categories,
    snackId: raw.snackId,
    timeZone: ctx.plan.timeZone,
    sequence: revision.sequence,
    stamp: revision.stamp,
    alarms,
    locale: ctx.locale,
  }
}

/** Events served before come from storage: check them like any input. */
function checkPrevious(e: unknown, i: number): void {
  const at = `/previous/${i}`
  if (typeof e !== 'object' || e === null)
    throw calendarError('calendar/options', at, 'expected an event served before')
  const p = e as Record<string, unknown>
  for (const key of ['uid', 'start', 'end', 'summary', 'description']) {
    if (typeof p[key] !== 'string')
      throw calendarError('calendar/options', `${at}/${key}`, `${key} must be a string`)
  }
  const seq = p.sequence
  if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 0 || seq >= 2 ** 31 - 1) {
    throw calendarError(
      'calendar/options',
      `${at}/sequence`,
      'sequence must be a whole number from 0 to 2147483646',
    )
  }
  if (p.stamp !== undefined) parseInstant(p.stamp, `${at}/stamp`)
}

// The fields of a planned snack an event is written from, by type.
const SNACK_STRINGS = ['id', 'start', 'end', 'exerciseId', 'kind', 'focus'] as const
const SNACK_NUMBERS = ['durationSec', 'dose', 'rounds', 'restSec', 'effort', 'warmupSec'] as const
const SNACK_LISTS = ['modifiers', 'reasons'] as const

/** A hand-made or stored plan's snack: the right types where events read it, or a path. */
function checkSnack(snack: unknown, at: string): void {
  if (typeof snack !== 'object' || snack === null) {
    throw calendarError('calendar/plan', at, 'expected a planned snack')
  }
  const s = snack as Record<string, unknown>
  for (const key of SNACK_STRINGS) {
    if (typeof s[key] !== 'string')
      throw calendarError('calendar/plan', `${at}/${key}`, `${key} must be a string`)
  }
  for (const key of SNACK_NUMBERS) {
    if (typeof s[key] !== 'number' || !Number.isFinite(s[key]))
      throw calendarError('calendar/plan', `${at}/${key}`, `${key} must be a finite number`)
  }
  for (const key of SNACK_LISTS) {
    const list = s[key]
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string'))
      throw calendarError('calendar/plan', `${at}/${key}`, `${key} must be a list of strings`)
  }
  for (const key of ['why', 'notes'] as const) {
    if (s[key] !== undefined && !Array.isArray(s[key]))
      throw calendarError('calendar/plan', `${at}/${key}`, `${key} must be a list`)
  }
}

/** Callers in plain JS can pass anything: refuse wrong shapes with a path, not a TypeError. */
function checkShapes(plan: unknown, options: unknown): void {
  const p = plan as Partial<Plan> | null
  if (
    typeof p !== 'object' ||
    p === null ||
    !Array.isArray(p.days) ||
    typeof p.profileId !== 'string'
  ) {
    throw calendarError(
      'calendar/plan',
      '',
      'expected a Plan from planner.plan() (with profileId and days)',
    )
  }
  for (const key of ['excluded', 'advisories'] as const) {
    if (p[key] !== undefined && !Array.isArray(p[key])) {
      throw calendarError('calendar/plan', `/${key}`, `${key} must be an array`)
    }
  }
  // Every snack's description repeats the advisories: a bad one is named here, once.
  for (const [i, advisory] of (p.advisories ?? []).entries()) {
    const text = (advisory as { text?: unknown } | null)?.text
    if (typeof text !== 'object' || text === null) {
      throw calendarError('calendar/plan', `/advisories/${i}`, 'expected an advisory with a text')
    }
  }
  for (const [d, day] of p.days.entries()) {
    if (
      typeof day !== 'object' ||
      day === null ||
      !Array.isArray(day.snacks) ||
      typeof day.date !== 'string' ||
      (day.cues !== undefined && !Array.isArray(day.cues))
    ) {
      throw calendarError(
        'calendar/plan',
        `/days/${d}`,
        'expected a planned day with date and snacks',
      )
    }
    for (const [i, snack] of day.snacks.entries()) checkSnack(snack, `/days/${d}/snacks/${i}`)
  }
  if (typeof options !== 'object' || options === null) {
    throw calendarError('calendar/options', '', 'options must be an object')
  }
  const o = options as Record<string, unknown>
  for (const key of ['alarms', 'previous'] as const) {
    if (o[key] !== undefined && !Array.isArray(o[key])) {
      throw calendarError('calendar/options', `/${key}`, `${key} must be an array`)
    }
  }
  for (const [i, e] of ((o.previous as unknown[] | undefined) ?? []).entries()) checkPrevious(e, i)
  if (o.uidSecret !== undefined && (typeof o.uidSecret !== 'string' || o.uidSecret === '')) {
    throw calendarError('calendar/options', '/uidSecret', 'uidSecret must be a non-empty string')
  }
}

/**
 * One neutral calendar event per snack, in the plan's order.
 *
 * @remarks UIDs hash (profile id, date, slot) so the same plan always gives
 * the same UIDs and none reveals the profile id. Events last at least
 * `minDurationMin` minutes; the description states the real dose. Nothing
 * depends on the clock or the host's time zone. Every text (title,
 * description, categories, alarm texts) follows the text policy of
 * `cleanText(text, 'replace')` in `@snackplan/catalog`, whatever the lookup
 * holds: NFC, no bidirectional or other control characters, a lone surrogate
 * as U+FFFD, a TAB as a space.
 *
 * @throws SnackplanError (`calendar/locale`, `calendar/unknown-exercise`,
 * `calendar/invalid-time`, ...) with a JSON pointer into the plan or options.
 *
 * @example
 * ```ts
 * const events = toCalendarEvents(plan, { locale: 'sv', catalog, alarms: [{ minutesBefore: 5 }] })
 * events[0].summary // 'Knäböj mot stol · 45 s'
 * ```
 */
export function toCalendarEvents(plan: Plan, options: CalendarEventOptions = {}): CalendarEvent[] {
  checkShapes(plan, options)
  const locale = checkLocale(options.locale ?? 'en')
  const stamp =
    options.stamp === undefined
      ? defaultStamp(plan)
      : formatUtc(parseInstant(options.stamp, '/stamp'))
  const catalog = options.catalog ?? defaultCatalog
  const ctx: Context = {
    plan,
    locale,
    m: MESSAGES[locale],
    catalog,
    explain: snackExplainer({ locale, catalog, ...(plan.titles ? { titles: plan.titles } : {}) }),
    advisories: (plan.advisories ?? []).map((a) => explainAdvisory(a, { locale })),
    minDurationMs: checkMinDuration(options.minDurationMin ?? 5) * 60_000,
    alarms: checkAlarms(options.alarms ?? []),
    stamp,
    previous: new Map(
      (options.previous ?? []).map((e) => [
        e.uid,
        e.stamp === undefined ? e : { ...e, stamp: formatUtc(parseInstant(e.stamp, '/previous')) },
      ]),
    ),
    uid: snackUids(plan.profileId, options.uidSecret),
    short: policyMemo(),
  }
  const events: CalendarEvent[] = []
  plan.days.forEach((day, d) => {
    // Cues have no clock time: the day's first event carries them, or a
    // short note at wake on a day with nothing timed.
    const cues = malformedAt(`/days/${d}`, () =>
      (day.cues ?? []).map((c) => explainCue(c, { locale, catalog: ctx.catalog })),
    )
    if (day.snacks.length === 0 && cues.length > 0 && day.awake)
      events.push(malformedAt(`/days/${d}`, () => cueEvent(ctx, day, cues, `/days/${d}`)))
    day.snacks.forEach((snack, s) => {
      const path = `/days/${d}/snacks/${s}`
      events.push(
        malformedAt(path, () => toEvent(ctx, snack, day.date, s + 1, path, s === 0 ? cues : [])),
      )
    })
  })
  return events
}

// checkShapes checks the fields events are made from; a hand-made plan can
// still hold odd values deeper (a cue, a reason, an advisory's text). What
// breaks on one is refused with the path of its day or snack, never left
// to surface as a TypeError.
function malformedAt<T>(path: string, make: () => T): T {
  try {
    return make()
  } catch (error) {
    if (isSnackplanError(error)) throw error
    const why = error instanceof Error ? error.message : String(error)
    throw calendarError(
      'calendar/plan',
      path,
      `not what planner.plan() makes here (${why.slice(0, 200)})`,
    )
  }
}
