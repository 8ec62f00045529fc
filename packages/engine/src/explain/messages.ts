import type { Locale } from '@snackplan/catalog'
import type { Focus, ReasonKind, SnackType } from '../types/plan'

/** Everything a snack's text needs in one locale. */
export interface ExplainMessages {
  /** What each item type is called (a calendar category). */
  type: Record<SnackType, string>
  focus: Record<Focus, string>
  reps: string
  perSide: string
  hold: (seconds: number) => string
  minutes: (n: number) => string
  dose: (rounds: number, work: string, restSec: number) => string
  total: (duration: string) => string
  warmup: (seconds: number) => string
  /** What an effort on the 1-10 scale feels like. */
  feel: (effort: number) => string
  effort: (effort: number, feel: string) => string
  /** The same, in a few words, for one-line listings. */
  feelBrief: (effort: number) => string
  effortBrief: (effort: number, feel: string) => string
  modifiers: (list: string[]) => string
  modifier: { tempo: string; pause: string; load: string }
  breaths: string
  how: string
  why: string
  safety: string
  note: string
  /** Labels for each kind of reason. */
  kind: Record<ReasonKind, string>
  insteadOf: string
  /** Why an exercise asked for was not chosen, or why feedback stepped it down. */
  cause: Record<string, string>
}

const band = (effort: number) =>
  effort <= 2 ? 0 : effort <= 4 ? 1 : effort <= 6 ? 2 : effort <= 8 ? 3 : 4

const en: ExplainMessages = {
  type: {
    snack: 'Exercise snack',
    pause: 'Pause',
    'active-pause': 'Active pause',
    session: 'Longer session',
  },
  focus: { cardio: 'Cardio', strength: 'Strength', mobility: 'Mobility' },
  reps: 'reps',
  perSide: 'per side',
  hold: (s) => `hold ${s} s`,
  minutes: (n) => `${n} min`,
  dose: (rounds, work, rest) =>
    rounds > 1
      ? `Dose: ${work}, ${rounds} rounds${rest > 0 ? ` with ${rest} s rest between` : ''}.`
      : `Dose: ${work}.`,
  total: (d) => `Takes about ${d} in all, warm-up and rest included.`,
  warmup: (s) => `Warm up first: ${s} s of light movement.`,
  feel: (e) =>
    [
      'very light, breathing calmly',
      'light, you can talk in full sentences',
      'moderate, a little out of breath but you can still talk',
      'warm and out of breath, you can speak in short phrases',
      'very hard, you can hardly speak',
    ][band(e)]!,
  effort: (e, feel) => `Effort: about ${e}/10, ${feel}.`,
  feelBrief: (e) =>
    [
      'calm',
      'easy, you can talk',
      'a little out of breath',
      'warm, out of breath, short phrases',
      'very hard',
    ][band(e)]!,
  effortBrief: (e, feel) => `effort ${e}/10 (${feel})`,
  modifiers: (l) => `Progression today: ${l.join(', ')}.`,
  modifier: {
    tempo: 'a faster tempo',
    pause: 'a pause at the bottom',
    load: 'hold a 5-10 kg weight close to your body',
  },
  breaths: 'Before and after: 4 calm breaths.',
  how: 'How',
  why: 'Why',
  safety: 'Safety',
  note: 'Note',
  kind: {
    trigger: 'When',
    progression: 'Program',
    substitute: 'Swapped for safety',
    exercise: 'Exercise choice',
    feedback: 'Stepped down',
    cap: 'Effort limited',
  },
  insteadOf: 'instead of',
  cause: {
    excluded: 'not safe for you now',
    impact: 'gentler on the joints for now',
    feedback: 'after your feedback',
    kind: 'does not suit this item',
    setting: "does not suit today's setting",
    equipment: 'needs equipment you do not have',
    'dose-bounds': 'does not fit the time limits',
    'dose-target': "does not fit today's length",
    discreet: 'discreet at the office',
    'used-today': 'already done today',
    'focus-or-variety': "for today's focus and variety",
    pain: 'it hurt last time',
    'too-hard': 'it was too hard last time',
    stopped: 'you stopped it last time',
  },
}

const sv: ExplainMessages = {
  type: { snack: 'Mikropass', pause: 'Paus', 'active-pause': 'Aktiv paus', session: 'Längre pass' },
  focus: { cardio: 'Kondition', strength: 'Styrka', mobility: 'Rörlighet' },
  reps: 'rep',
  perSide: 'per sida',
  hold: (s) => `håll ${s} s`,
  minutes: (n) => `${n} min`,
  dose: (rounds, work, rest) =>
    rounds > 1
      ? `Dos: ${work}, ${rounds} omgångar${rest > 0 ? ` med ${rest} s vila emellan` : ''}.`
      : `Dos: ${work}.`,
  total: (d) => `Tar ungefär ${d} totalt, uppvärmning och vila inräknade.`,
  warmup: (s) => `Värm upp först: ${s} s lätt rörelse.`,
  feel: (e) =>
    [
      'mycket lätt, du andas lugnt',
      'lätt, du kan prata i hela meningar',
      'måttlig, lite andfådd men du kan fortfarande prata',
      'varm och andfådd, du kan prata i korta fraser',
      'mycket hårt, du kan knappt prata',
    ][band(e)]!,
  effort: (e, feel) => `Ansträngning: ungefär ${e}/10, ${feel}.`,
  feelBrief: (e) =>
    ['lugnt', 'lätt, du kan prata', 'lite andfådd', 'varm, andfådd, korta fraser', 'mycket hårt'][
      band(e)
    ]!,
  effortBrief: (e, feel) => `ansträngning ${e}/10 (${feel})`,
  modifiers: (l) => `Progression i dag: ${l.join(', ')}.`,
  modifier: {
    tempo: 'högre tempo',
    pause: 'paus i bottenläget',
    load: 'håll en vikt på 5–10 kg i famnen',
  },
  breaths: 'Före och efter: 4 lugna andetag.',
  how: 'Så gör du',
  why: 'Varför',
  safety: 'Säkerhet',
  note: 'Obs',
  kind: {
    trigger: 'Tidpunkt',
    progression: 'Program',
    substitute: 'Utbytt av säkerhetsskäl',
    exercise: 'Övningsval',
    feedback: 'Lättare efter din återkoppling',
    cap: 'Begränsad ansträngning',
  },
  insteadOf: 'i stället för',
  cause: {
    excluded: 'passar inte dig just nu',
    impact: 'skonsammare för lederna just nu',
    feedback: 'efter din återkoppling',
    kind: 'passar inte den här sortens pass',
    setting: 'passar inte dagens miljö',
    equipment: 'kräver utrustning du inte har',
    'dose-bounds': 'ryms inte inom tidsgränserna',
    'dose-target': 'passar inte dagens längd',
    discreet: 'diskret på kontoret',
    'used-today': 'redan gjord i dag',
    'focus-or-variety': 'för dagens fokus och variation',
    pain: 'det gjorde ont förra gången',
    'too-hard': 'det var för tungt förra gången',
    stopped: 'du avbröt förra gången',
  },
}

const da: ExplainMessages = {
  type: {
    snack: 'Mikrotræning',
    pause: 'Pause',
    'active-pause': 'Aktiv pause',
    session: 'Længere pas',
  },
  focus: { cardio: 'Kondition', strength: 'Styrke', mobility: 'Mobilitet' },
  reps: 'gent.',
  perSide: 'pr. side',
  hold: (s) => `hold ${s} s`,
  minutes: (n) => `${n} min`,
  dose: (rounds, work, rest) =>
    rounds > 1
      ? `Dosis: ${work}, ${rounds} runder${rest > 0 ? ` med ${rest} s pause imellem` : ''}.`
      : `Dosis: ${work}.`,
  total: (d) => `Tager cirka ${d} i alt, opvarmning og pauser medregnet.`,
  warmup: (s) => `Varm op først: ${s} s let bevægelse.`,
  feel: (e) =>
    [
      'meget let, du trækker vejret roligt',
      'let, du kan tale i hele sætninger',
      'moderat, lidt forpustet, men du kan stadig tale',
      'varm og forpustet, du kan tale i korte sætninger',
      'meget hårdt, du kan næsten ikke tale',
    ][band(e)]!,
  effort: (e, feel) => `Anstrengelse: cirka ${e}/10, ${feel}.`,
  feelBrief: (e) =>
    [
      'roligt',
      'let, du kan tale',
      'lidt forpustet',
      'varm, forpustet, korte sætninger',
      'meget hårdt',
    ][band(e)]!,
  effortBrief: (e, feel) => `anstrengelse ${e}/10 (${feel})`,
  modifiers: (l) => `Progression i dag: ${l.join(', ')}.`,
  modifier: {
    tempo: 'højere tempo',
    pause: 'pause i bunden',
    load: 'hold en vægt på 5-10 kg ind til kroppen',
  },
  breaths: 'Før og efter: 4 rolige vejrtrækninger.',
  how: 'Sådan gør du',
  why: 'Hvorfor',
  safety: 'Sikkerhed',
  note: 'Bemærk',
  kind: {
    trigger: 'Tidspunkt',
    progression: 'Program',
    substitute: 'Skiftet af hensyn til sikkerheden',
    exercise: 'Øvelsesvalg',
    feedback: 'Lettere efter din tilbagemelding',
    cap: 'Begrænset anstrengelse',
  },
  insteadOf: 'i stedet for',
  cause: {
    excluded: 'passer ikke til dig lige nu',
    impact: 'mere skånsom for leddene lige nu',
    feedback: 'efter din tilbagemelding',
    kind: 'passer ikke til denne slags træning',
    setting: 'passer ikke til dagens omgivelser',
    equipment: 'kræver udstyr, du ikke har',
    'dose-bounds': 'passer ikke inden for tidsgrænserne',
    'dose-target': 'passer ikke til dagens længde',
    discreet: 'diskret på kontoret',
    'used-today': 'allerede lavet i dag',
    'focus-or-variety': 'af hensyn til dagens fokus og variation',
    pain: 'det gjorde ondt sidste gang',
    'too-hard': 'det var for hårdt sidste gang',
    stopped: 'du stoppede sidste gang',
  },
}

/** The snack text for each supported locale. */
export const EXPLAIN_MESSAGES: Readonly<Record<Locale, ExplainMessages>> = { en, sv, da }
