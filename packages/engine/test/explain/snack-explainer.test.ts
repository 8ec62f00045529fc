import { defaultCatalog, type Locale, type LocalizedText, localizeText } from '@snackplan/catalog'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EXPLAIN_MESSAGES, type ExplainMessages } from '../../src/explain/messages'
import {
  type ExerciseLookup,
  type ExplainOptions,
  explainReason,
  explainSnack,
  formatDuration,
  type PlannedSnack,
  type SnackReason,
  type SnackText,
  snackExplainer,
} from '../../src/index'

// The plain path: explainSnack as it was before its words were remembered
// (kept here as the oracle; formatWork and shortDose are its private helpers).
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
function plainExplainSnack(snack: PlannedSnack, options: ExplainOptions): SnackText {
  const l = options.locale ?? 'en'
  const m = EXPLAIN_MESSAGES[l]
  const entry = (options.catalog ?? defaultCatalog).get(snack.exerciseId)
  const type = snack.type ?? 'snack'
  const unit = snack.unit ?? entry?.dose.unit ?? 'seconds'
  const perSide = snack.perSide ?? entry?.dose.perSide ?? false
  const name = entry ? localizeText(entry.name, l) : snack.exerciseId
  const work = formatWork(snack.dose, unit, perSide, m)
  const dose = snack.rounds > 1 ? `${snack.rounds} × ${work}` : work
  const span =
    snack.warmupSec + snack.rounds * snack.durationSec + (snack.rounds - 1) * snack.restSec
  const feel = m.feel(snack.effort)
  const why = snack.why ?? snack.reasons
  return {
    type: m.type[type],
    focus: m.focus[snack.focus],
    name,
    dose,
    title: `${name} · ${dose}`,
    doseLine: m.dose(snack.rounds, work, snack.restSec),
    ...(snack.warmupSec > 0 || snack.rounds > 1 ? { total: m.total(formatDuration(span)) } : {}),
    ...(snack.warmupSec > 0 ? { warmup: m.warmup(snack.warmupSec) } : {}),
    effort: m.effort(snack.effort, feel),
    effortBrief: m.effortBrief(snack.effort, m.feelBrief(snack.effort)),
    ...(snack.modifiers.length > 0
      ? { modifiers: m.modifiers(snack.modifiers.map((x) => m.modifier[x])) }
      : {}),
    ...(type === 'snack' || type === 'session' ? { breaths: m.breaths } : {}),
    how: `${m.how}: ${entry ? localizeText(entry.cues, l) : ''}`.trim(),
    notes: (snack.notes ?? []).map((n) => `${m.note}: ${localizeText(n.text, l)}`),
    why: m.why,
    reasons: why.map((r) => explainReason(r, options)),
    safety: `${m.safety}: ${entry ? localizeText(entry.safety, l) : ''}`.trim(),
  }
}

// A few exercises (so items share them), one the catalog does not have.
const IDS = [...defaultCatalog.exercises.slice(0, 5).map((e) => e.id), 'not-in-the-catalog']
const RULES = ['after-lunch', 'starter-day-1', 'knee-pain-no-impact', 'untitled-rule']
const text = (en: string): LocalizedText => ({ en, sv: `${en} (sv)`, da: '' })
// Shared objects, as a plan shares them, and look-alike copies.
const NOTE_TEXTS = [text('Breathe out'), text('Keep it slow'), text('Breathe out')]

const id = fc.constantFrom(...IDS)
const rule = fc.constantFrom(...RULES)
const structuredReason: fc.Arbitrary<SnackReason> = fc.record(
  {
    kind: fc.constantFrom('trigger', 'progression', 'substitute', 'exercise', 'feedback', 'cap'),
    rule,
    asked: id,
    chosen: id,
    cause: fc.constantFrom('excluded', 'impact', 'pain', 'too-hard', 'made-up'),
  },
  { requiredKeys: ['kind'] },
)
const plainReason = fc.oneof(
  rule.map((r) => `trigger:${r}`),
  id.map((e) => `exercise:excluded-not-${e}`),
  id.map((e) => `feedback:pain-${e}`),
  fc.constantFrom('cap:evening-effort', 'weird', 'unknown:kind', ':x'),
)
const snack: fc.Arbitrary<PlannedSnack> = fc.record(
  {
    id: fc.constant('p-2026-11-23-1'),
    type: fc.constantFrom('snack', 'pause', 'active-pause', 'session'),
    start: fc.constant('2026-11-23T09:30:00+01:00'),
    end: fc.constant('2026-11-23T09:31:00+01:00'),
    exerciseId: id,
    kind: fc.constantFrom('cardio', 'strength', 'mobility', 'isometric', 'breathing'),
    durationSec: fc.integer({ min: 10, max: 900 }),
    dose: fc.oneof(fc.integer({ min: 1, max: 900 }), fc.constantFrom(120, 600, 7.5)),
    unit: fc.constantFrom('seconds', 'reps', 'hold-seconds'),
    perSide: fc.boolean(),
    rounds: fc.integer({ min: 1, max: 4 }),
    restSec: fc.integer({ min: 0, max: 60 }),
    effort: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.constantFrom(0, -0, 4.5, 11)),
    focus: fc.constantFrom('cardio', 'strength', 'mobility'),
    warmupSec: fc.constantFrom(0, 15, 30),
    modifiers: fc.subarray(['tempo', 'pause', 'load'] as const),
    reasons: fc.array(plainReason, { maxLength: 4 }),
    why: fc.array(structuredReason, { maxLength: 4 }),
    notes: fc.array(fc.record({ rule, text: fc.constantFrom(...NOTE_TEXTS) }), { maxLength: 2 }),
  },
  {
    requiredKeys: [
      'id',
      'start',
      'end',
      'exerciseId',
      'kind',
      'durationSec',
      'dose',
      'rounds',
      'restSec',
      'effort',
      'focus',
      'warmupSec',
      'modifiers',
      'reasons',
    ],
  },
) as fc.Arbitrary<PlannedSnack>

const options: fc.Arbitrary<ExplainOptions & { locale: Locale }> = fc.record(
  {
    locale: fc.constantFrom('en', 'sv', 'da'),
    titles: fc.constant({
      'after-lunch': text('After lunch'),
      'knee-pain-no-impact': text('Knees'),
    }),
    catalog: fc.constantFrom<ExerciseLookup>(
      defaultCatalog,
      // A lookup that makes a new entry object on every call, as a custom one may.
      {
        get: (id) => {
          const entry = defaultCatalog.get(id)
          return entry && { ...entry }
        },
      },
    ),
  },
  { requiredKeys: ['locale'] },
)

describe('snackExplainer', () => {
  it('gives every item of a plan the plain explainSnack texts, however many words it reuses', () => {
    fc.assert(
      fc.property(options, fc.array(snack, { minLength: 1, maxLength: 12 }), (opts, snacks) => {
        const explain = snackExplainer(opts)
        for (const s of snacks) {
          const want = plainExplainSnack(s, opts)
          const got = explain(s)
          // Same fields, values and key order.
          expect(JSON.stringify(got)).toBe(JSON.stringify(want))
          // JSON leaves out a key set to undefined: optional fields stay absent.
          expect(Object.keys(got)).toEqual(Object.keys(want))
          expect(explainSnack(s, opts)).toEqual(want)
        }
      }),
    )
  })

  it('fails on a malformed entry where explainSnack always failed, with the same error', () => {
    const broken: ExerciseLookup = {
      get: (id) => {
        const entry = defaultCatalog.get(id)
        return entry && { ...entry, cues: null as unknown as LocalizedText }
      },
    }
    const item = fc.sample(snack, { numRuns: 1, seed: 1 })[0]!
    const opts = { catalog: broken }
    expect(() => plainExplainSnack({ ...item, exerciseId: IDS[0]! }, opts)).toThrow()
    const plainError = (() => {
      try {
        plainExplainSnack({ ...item, exerciseId: IDS[0]! }, opts)
      } catch (error) {
        return error
      }
    })()
    expect(() => snackExplainer(opts)({ ...item, exerciseId: IDS[0]! })).toThrow(
      (plainError as Error).message,
    )
  })
})
