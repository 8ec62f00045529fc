import type { Locale } from '@snackplan/catalog'

/**
 * The few words only a calendar needs; everything about the snack itself
 * comes from `explainSnack` in @snackplan/engine, shared with the CLI.
 */
export interface Messages {
  /** Said only when the calendar slot is longer than the snack itself. */
  slot: (minutes: number) => string
  /** Heading of the day's cues in its first event. */
  cues: string
  /** Title of the note event of a day that has cues but nothing timed. */
  cueEvent: string
  /** An alarm's text: what the item is, when, and its title. */
  alarm: (type: string, minutes: number, summary: string) => string
}

const en: Messages = {
  slot: (n) => `The calendar slot is ${n} min so that it shows.`,
  cues: 'Today, whenever it happens',
  cueEvent: 'For today',
  alarm: (t, m, s) => (m === 0 ? `${t} now: ${s}` : `${t} in ${m} min: ${s}`),
}

const sv: Messages = {
  slot: (n) => `Kalenderposten är ${n} min lång så att den syns.`,
  cues: 'I dag, när det blir av',
  cueEvent: 'För i dag',
  alarm: (t, m, s) => (m === 0 ? `${t} nu: ${s}` : `${t} om ${m} min: ${s}`),
}

const da: Messages = {
  slot: (n) => `Kalenderaftalen er ${n} min lang, så den kan ses.`,
  cues: 'I dag, når det sker',
  cueEvent: 'For i dag',
  alarm: (t, m, s) => (m === 0 ? `${t} nu: ${s}` : `${t} om ${m} min: ${s}`),
}

/** The calendar's own words for each supported locale. */
export const MESSAGES: Readonly<Record<Locale, Messages>> = { en, sv, da }
