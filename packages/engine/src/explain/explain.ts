import {
  defaultCatalog,
  type ExerciseEntry,
  LOCALES,
  type Locale,
  type LocalizedText,
  localizeText,
} from '@snackplan/catalog'
import type { Advisory, DayCue, PlannedSnack, ReasonKind, SnackReason } from '../types/plan'
import { EXPLAIN_MESSAGES, type ExplainMessages } from './messages'

/** Anything that looks exercises up by id; a loaded `Catalog` is one. */
export interface ExerciseLookup {
  /** The entry with this id, or `undefined` when there is none. */
  get(id: string): ExerciseEntry | undefined
}

/** Options of {@link explainSnack}, {@link explainCue} and {@link explainReason}. */
export interface ExplainOptions {
  /** Language of the text: `en` (default), `sv` or `da`. */
  locale?: Locale
  /** Where exercise names, cues and safety notes come from. Default: the built-in catalog. */
  catalog?: ExerciseLookup
  /**
   * Rule titles by rule id, usually the plan's `titles`: reasons show a
   * rule's title in the locale, and its id only when it has none.
   */
  titles?: Readonly<Record<string, LocalizedText>>
}

/** A planned item in words, one field per line or part a reader sees. */
export interface SnackText {
  /** What the item is: `Mikropass`, `Paus`, `Aktiv paus`, `Längre pass` (sv). */
  type: string
  /** What it trains: `Kondition`, `Styrka`, `Rörlighet` (sv). */
  focus: string
  /** The exercise's name. */
  name: string
  /** The dose in short, with its unit: `2 × 30 s`, `håll 20 s per sida`, `10 min`. */
  dose: string
  /** `name · dose`, e.g. `Knäböj mot stol · 2 × 45 s`. */
  title: string
  /** The dose as a sentence, rounds and rests included. */
  doseLine: string
  /** How long it takes with warm-up and rests, when that differs from the dose. */
  total?: string
  /** The warm-up, when there is one. */
  warmup?: string
  /** The effort and what it feels like: `Ansträngning: ungefär 7/10, varm och andfådd, ...`. */
  effort: string
  /** The same, short, for one-line listings. */
  effortBrief: string
  /** Today's progression (faster tempo, a pause, 5-10 kg), when there is one. */
  modifiers?: string
  /** "4 calm breaths before and after", for snacks and sessions. */
  breaths?: string
  /** How to do it (the catalog's cues), with its label. */
  how: string
  /** Cautions rules attached to this item, with their label. */
  notes: string[]
  /** The label of the reasons: `Why`, `Varför`, `Hvorfor`. */
  why: string
  /** One line per reason, in the plan's words (rule titles, exercise names). */
  reasons: string[]
  /** When to stop or take care (the catalog's safety note), with its label. */
  safety: string
}

function locale(options: ExplainOptions): Locale {
  const l = options.locale ?? 'en'
  return (LOCALES as readonly string[]).includes(l) ? l : 'en'
}

/** `45 s`, `2 min`, `1 min 15 s`: the same in en, sv and da. */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds)
  const min = Math.floor(s / 60)
  const rest = s % 60
  if (min === 0) return `${rest} s`
  return rest === 0 ? `${min} min` : `${min} min ${rest} s`
}

/** One round of a dose in the entry's unit: `45 s`, `håll 20 s per sida`, `10 min`. */
function formatWork(
  amount: number,
  unit: PlannedSnack['unit'],
  perSide: boolean,
  m: ExplainMessages,
): string {
  const base =
    unit === 'reps'
      ? `${amount} ${m.reps}`
      : unit === 'hold-seconds'
        ? m.hold(amount)
        : amount >= 120 && amount % 60 === 0
          ? m.minutes(amount / 60)
          : `${amount} s`
  return perSide ? `${base} ${m.perSide}` : base
}

/** The short dose of an item from its work of one round: that, or `2 × 30 s`. */
function shortDose(rounds: number, work: string): string {
  return rounds > 1 ? `${rounds} × ${work}` : work
}

/**
 * One reason in words: the rule's title (or id), and for swapped exercises
 * which one stands in for which, and why. Takes the structured form or a
 * plain id (`trigger:after-meal-walk`) from plans that have no `why`.
 */
export function explainReason(reason: SnackReason | string, options: ExplainOptions = {}): string {
  const l = locale(options)
  const m = EXPLAIN_MESSAGES[l]
  const r = typeof reason === 'string' ? parseReason(reason) : reason
  if (!r) return String(reason)
  const catalog = options.catalog ?? defaultCatalog
  const titled = (rule: string | undefined) => {
    const title = rule === undefined ? undefined : options.titles?.[rule]
    return title ? localizeText(title, l) : rule
  }
  const named = (id: string | undefined) => {
    const entry = id === undefined ? undefined : catalog.get(id)
    return entry ? localizeText(entry.name, l) : id
  }
  const swap =
    r.asked !== undefined && r.chosen !== undefined && r.asked !== r.chosen
      ? `${named(r.chosen)} ${m.insteadOf} ${named(r.asked)}`
      : undefined
  switch (r.kind) {
    case 'exercise':
    case 'feedback': {
      const cause = r.cause === undefined ? undefined : (m.cause[r.cause] ?? r.cause)
      return `${m.kind[r.kind]}: ${[swap ?? named(r.asked), cause].filter(Boolean).join(', ')}`
    }
    case 'substitute':
      return `${m.kind.substitute}: ${swap ? `${swap} (${titled(r.rule)})` : titled(r.rule)}`
    default:
      return `${m.kind[r.kind]}: ${titled(r.rule)}`
  }
}

const KINDS: readonly ReasonKind[] = [
  'trigger',
  'progression',
  'substitute',
  'exercise',
  'feedback',
  'cap',
]

/** The structured form of a plain reason id, as far as the id tells. */
function parseReason(id: string): SnackReason | undefined {
  const colon = id.indexOf(':')
  const kind = id.slice(0, colon) as ReasonKind
  const rest = id.slice(colon + 1)
  if (colon <= 0 || !KINDS.includes(kind)) return undefined
  if (kind === 'exercise') {
    const at = rest.indexOf('-not-')
    return at < 0 ? undefined : { kind, cause: rest.slice(0, at), asked: rest.slice(at + 5) }
  }
  if (kind === 'feedback') {
    const cause = ['too-hard', 'pain', 'stopped'].find((c) => rest.startsWith(`${c}-`))
    return cause ? { kind, cause, asked: rest.slice(cause.length + 1) } : undefined
  }
  return { kind, rule: rest }
}

/**
 * A planned item (snack, pause, active pause or session) and its reasons in
 * en, sv or da: its name and dose with units, the effort and what it feels
 * like, warm-up, progression (with the guide's 5-10 kg), the 4 calm breaths,
 * how to do it, the cautions rules attached, why it is there in the rules'
 * own titles, and when to stop. The CLI's table and the calendar plugin's
 * event descriptions are both made from it.
 *
 * @remarks For many items with the same options, {@link snackExplainer}
 * gives the same texts with less work.
 *
 * @example
 * ```ts
 * const text = explainSnack(plan.days[0].snacks[0], { locale: 'sv', titles: plan.titles })
 * text.title // 'Sitt till stå · 45 s'
 * text.reasons[0] // 'Tidpunkt: Kontorsdag: knäböj en halvtimme in på arbetsdagen'
 * ```
 */
export function explainSnack(snack: PlannedSnack, options: ExplainOptions = {}): SnackText {
  return snackExplainer(options)(snack)
}

/** Remembers `make(key)` by key, for the life of one explainer. */
function remember<K, V>(make: (key: K) => V): (key: K) => V {
  const seen = new Map<K, V>()
  return (key) => {
    let value = seen.get(key)
    if (value === undefined) {
      value = make(key)
      seen.set(key, value)
    }
    return value
  }
}

/**
 * {@link explainSnack} for many items with the same options, e.g. all of a
 * plan's: the words that repeat from item to item (an exercise's name, cues
 * and safety note, an effort, a caution) are made once and reused, so the
 * texts are the ones `explainSnack` gives, with less work, and an item's
 * repeated texts are the very same strings each time.
 *
 * @remarks The words of an entry, an effort or a caution are remembered for
 * the life of the returned function, so make one per plan (or per call)
 * and let it go. Like one call of `explainSnack`, it takes the lookup's
 * answers and the plan to stay the same meanwhile.
 *
 * @example
 * ```ts
 * const explain = snackExplainer({ locale: 'sv', titles: plan.titles })
 * const titles = plan.days.flatMap((d) => d.snacks.map((s) => explain(s).title))
 * ```
 */
export function snackExplainer(options: ExplainOptions = {}): (snack: PlannedSnack) => SnackText {
  const l = locale(options)
  const m = EXPLAIN_MESSAGES[l]
  const catalog = options.catalog ?? defaultCatalog
  // Each is made where explainSnack always made it, so a malformed entry or
  // item fails on the same field, with the same error, as before.
  const nameOf = remember((entry: ExerciseEntry) => localizeText(entry.name, l))
  const howOf = remember((entry: ExerciseEntry) =>
    `${m.how}: ${localizeText(entry.cues, l)}`.trim(),
  )
  const safetyOf = remember((entry: ExerciseEntry) =>
    `${m.safety}: ${localizeText(entry.safety, l)}`.trim(),
  )
  const feel = remember((e: number) => m.effort(e, m.feel(e)))
  const feelBrief = remember((e: number) => m.effortBrief(e, m.feelBrief(e)))
  const note = remember((text: LocalizedText) => `${m.note}: ${localizeText(text, l)}`)

  return (snack) => {
    const entry = catalog.get(snack.exerciseId)
    const type = snack.type ?? 'snack'
    const unit = snack.unit ?? entry?.dose.unit ?? 'seconds'
    const perSide = snack.perSide ?? entry?.dose.perSide ?? false
    const name = entry ? nameOf(entry) : snack.exerciseId
    const work = formatWork(snack.dose, unit, perSide, m)
    const dose = shortDose(snack.rounds, work)
    const span =
      snack.warmupSec + snack.rounds * snack.durationSec + (snack.rounds - 1) * snack.restSec
    const why = snack.why ?? snack.reasons
    // Filled in field by field, in the order explainSnack has always written
    // them (optional fields absent, not undefined): an object literal with
    // spreads defines every field after the first spread the slow way.
    const text = {
      type: m.type[type],
      focus: m.focus[snack.focus],
      name,
      dose,
      title: `${name} · ${dose}`,
      doseLine: m.dose(snack.rounds, work, snack.restSec),
    } as SnackText
    if (snack.warmupSec > 0 || snack.rounds > 1) text.total = m.total(formatDuration(span))
    if (snack.warmupSec > 0) text.warmup = m.warmup(snack.warmupSec)
    text.effort = feel(snack.effort)
    text.effortBrief = feelBrief(snack.effort)
    if (snack.modifiers.length > 0)
      text.modifiers = m.modifiers(snack.modifiers.map((x) => m.modifier[x]))
    if (type === 'snack' || type === 'session') text.breaths = m.breaths
    text.how = entry ? howOf(entry) : `${m.how}:`
    text.notes = (snack.notes ?? []).map((n) => note(n.text))
    text.why = m.why
    text.reasons = why.map((r) => explainReason(r, options))
    text.safety = entry ? safetyOf(entry) : `${m.safety}:`
    return text
  }
}

/**
 * A day's cue in words: `Efter varje toalettbesök: Knäböj mot stol · 30 s`,
 * or the prompt itself when it names no exercise.
 */
export function explainCue(cue: DayCue, options: ExplainOptions = {}): string {
  const l = locale(options)
  const m = EXPLAIN_MESSAGES[l]
  const text = localizeText(cue.text, l)
  const entry =
    cue.exerciseId === undefined
      ? undefined
      : (options.catalog ?? defaultCatalog).get(cue.exerciseId)
  if (!entry || cue.dose === undefined) return text
  const dose = formatWork(
    cue.dose,
    cue.unit ?? entry.dose.unit,
    cue.perSide ?? entry.dose.perSide,
    m,
  )
  return `${text}: ${localizeText(entry.name, l)} · ${dose}`
}

/** A plan's advisory as a labelled line: `Obs: Ont i knät: ...`. */
export function explainAdvisory(advisory: Advisory, options: ExplainOptions = {}): string {
  const l = locale(options)
  return `${EXPLAIN_MESSAGES[l].note}: ${localizeText(advisory.text, l)}`
}
