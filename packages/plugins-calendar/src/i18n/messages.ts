import type { Locale } from '@snackplan/catalog'

/** Everything the event text needs in one locale. */
export interface Messages {
  category: string
  focus: { cardio: string; strength: string; mobility: string }
  reps: string
  perSide: string
  hold: string
  /** Labels for the `kind` prefix of a snack's reasons (`trigger:hourly-active-pause`). */
  reasonKinds: Record<string, string>
  dose: (rounds: number, work: string, restSec: number) => string
  total: (duration: string) => string
  /** Said only when the calendar slot is longer than the snack itself. */
  slot: (minutes: number) => string
  warmup: (seconds: number) => string
  effort: (effort: number) => string
  modifiers: (list: string[]) => string
  modifier: { tempo: string; pause: string; load: string }
  how: string
  why: string
  safety: string
  note: string
  alarm: (minutes: number, summary: string) => string
}

const en: Messages = {
  category: 'Exercise snack',
  focus: { cardio: 'Cardio', strength: 'Strength', mobility: 'Mobility' },
  reps: 'reps',
  perSide: 'per side',
  hold: 'hold',
  reasonKinds: {
    trigger: 'Timing',
    progression: 'Progression',
    substitute: 'Swapped for safety',
    cap: 'Effort capped',
    exercise: 'Exercise choice',
    limit: 'Limit',
    focus: 'Focus',
  },
  dose: (rounds, work, rest) =>
    rounds > 1
      ? `Dose: ${rounds} rounds of ${work}${rest > 0 ? `, ${rest} s rest between rounds` : ''}.`
      : `Dose: ${work}.`,
  total: (d) => `Takes about ${d} in all, warm-up and rest included.`,
  slot: (n) => `The calendar slot is ${n} min so that it shows.`,
  warmup: (s) => `Warm up first: ${s} s of light movement.`,
  effort: (e) => `Effort: about ${e}/10.`,
  modifiers: (l) => `Progression today: ${l.join(', ')}.`,
  modifier: { tempo: 'faster tempo', pause: 'pause at the bottom', load: 'add load' },
  how: 'How',
  why: 'Why this snack',
  safety: 'Safety',
  note: 'Note',
  alarm: (m, s) => (m === 0 ? `Exercise snack now: ${s}` : `Exercise snack in ${m} min: ${s}`),
}

const sv: Messages = {
  category: 'Träningssnack',
  focus: { cardio: 'Kondition', strength: 'Styrka', mobility: 'Rörlighet' },
  reps: 'rep',
  perSide: 'per sida',
  hold: 'hållning',
  reasonKinds: {
    trigger: 'Tidpunkt',
    progression: 'Progression',
    substitute: 'Utbytt av säkerhetsskäl',
    cap: 'Ansträngning begränsad',
    exercise: 'Övningsval',
    limit: 'Gräns',
    focus: 'Fokus',
  },
  dose: (rounds, work, rest) =>
    rounds > 1
      ? `Dos: ${rounds} omgångar à ${work}${rest > 0 ? `, ${rest} s vila mellan omgångarna` : ''}.`
      : `Dos: ${work}.`,
  total: (d) => `Tar ungefär ${d} totalt, uppvärmning och vila inräknade.`,
  slot: (n) => `Kalenderposten är ${n} min lång så att den syns.`,
  warmup: (s) => `Värm upp först: ${s} s lätt rörelse.`,
  effort: (e) => `Ansträngning: ungefär ${e}/10.`,
  modifiers: (l) => `Progression i dag: ${l.join(', ')}.`,
  modifier: { tempo: 'högre tempo', pause: 'paus i bottenläget', load: 'lägg till vikt' },
  how: 'Så gör du',
  why: 'Varför detta snack',
  safety: 'Säkerhet',
  note: 'Obs',
  alarm: (m, s) => (m === 0 ? `Träningssnack nu: ${s}` : `Träningssnack om ${m} min: ${s}`),
}

const da: Messages = {
  category: 'Træningssnack',
  focus: { cardio: 'Kondition', strength: 'Styrke', mobility: 'Mobilitet' },
  reps: 'gent.',
  perSide: 'pr. side',
  hold: 'hold',
  reasonKinds: {
    trigger: 'Tidspunkt',
    progression: 'Progression',
    substitute: 'Udskiftet af hensyn til sikkerheden',
    cap: 'Indsats begrænset',
    exercise: 'Øvelsesvalg',
    limit: 'Grænse',
    focus: 'Fokus',
  },
  dose: (rounds, work, rest) =>
    rounds > 1
      ? `Dosis: ${rounds} runder à ${work}${rest > 0 ? `, ${rest} s pause mellem runderne` : ''}.`
      : `Dosis: ${work}.`,
  total: (d) => `Tager cirka ${d} i alt, opvarmning og pauser medregnet.`,
  slot: (n) => `Kalenderaftalen er ${n} min lang, så den kan ses.`,
  warmup: (s) => `Varm op først: ${s} s let bevægelse.`,
  effort: (e) => `Indsats: cirka ${e}/10.`,
  modifiers: (l) => `Gør det hårdere: ${l.join(', ')}.`,
  modifier: { tempo: 'højere tempo', pause: 'pause i bunden', load: 'tilføj vægt' },
  how: 'Sådan gør du',
  why: 'Hvorfor dette snack',
  safety: 'Sikkerhed',
  note: 'Bemærk',
  alarm: (m, s) => (m === 0 ? `Træningssnack nu: ${s}` : `Træningssnack om ${m} min: ${s}`),
}

/** The event text for each supported locale. */
export const MESSAGES: Readonly<Record<Locale, Messages>> = { en, sv, da }
