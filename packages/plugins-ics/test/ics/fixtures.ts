import type { CalendarEvent } from '@snackplan/plugins-calendar'

type Locale = CalendarEvent['locale']

function snack(
  locale: Locale,
  timeZone: string,
  uid: string,
  start: string,
  minutes: number,
  summary: string,
  description: string,
  categories: string[],
  alarm?: string,
): CalendarEvent {
  const end = new Date(Date.parse(start) + minutes * 60_000).toISOString().replace('.000Z', 'Z')
  return {
    uid: `${uid}@snackplan`,
    start,
    end,
    timeZone,
    summary,
    description,
    categories,
    sequence: 0,
    stamp: '2026-11-22T00:00:00Z',
    alarms: alarm ? [{ minutesBefore: 5, description: alarm }] : [],
    snackId: `anna-${start.slice(0, 10)}-${uid.slice(0, 2)}`,
    locale,
  }
}

/** A Swedish office day in Stockholm, plus a snack on each 2026 DST-change day. */
export const sv: CalendarEvent[] = [
  snack(
    'sv',
    'Europe/Stockholm',
    '3f9a1c0e7b2d4e51',
    '2026-11-23T08:30:00Z',
    5,
    'Knäböj mot stol · 45 s',
    'Ställ dig framför stolen, fötterna axelbrett isär.\nSätt dig lätt och res dig igen i 45 s.\nUppvärmning: 15 s lätt marsch på stället.\nAnsträngning: 7/10 – varm, andfådd, kan säga korta meningar.\nVarför: varje hel timme en aktiv paus; knäsmärta, så stol i stället för hopp.\nSäkerhet: avbryt vid skarp smärta, yrsel eller hjärtklappning.',
    ['Träningssnack', 'Styrka'],
    'Dags för ett träningssnack: knäböj mot stol',
  ),
  snack(
    'sv',
    'Europe/Stockholm',
    'a07e55d21c9b3f08',
    '2026-11-23T11:45:00Z',
    5,
    'Trappintervall efter lunch · 2 × 30 s',
    'Gå raskt uppför trappan i 30 s, vila 60 s, upprepa.\nVarför: 10–20 min efter lunch dämpar blodsockertoppen.',
    ['Träningssnack', 'Kondition'],
  ),
  snack(
    'sv',
    'Europe/Stockholm',
    'c41d0b9e8f6a2713',
    '2026-03-29T07:00:00Z',
    5,
    'Vadpress · 40 s',
    'Res dig på tå, sänk långsamt. Diskret vid skrivbordet; dag med sommartid.',
    ['Träningssnack'],
  ),
  snack(
    'sv',
    'Europe/Stockholm',
    'e9b2774a0d5c1f36',
    '2026-10-25T00:30:00Z',
    5,
    'Andning · 4 lugna andetag',
    'Klockan 02:30 finns två gånger i natt; det här är den första, före omställningen.',
    ['Träningssnack', 'Andning'],
  ),
]

/** A Danish work day in Copenhagen with an isometric hold. */
export const da: CalendarEvent[] = [
  snack(
    'da',
    'Europe/Copenhagen',
    '5c2e8f1a9b7d0e43',
    '2026-11-24T09:00:00Z',
    5,
    'Vægsid · 30 s hold',
    'Læn ryggen mod væggen, knæ i ca. 90°, hold 30 s og træk vejret roligt.\nAnstrengelse: 6/10.\nSikkerhed: stop ved skarp smerte; tal med en fysioterapeut ved skader.',
    ['Mikrotræning', 'Isometrisk'],
    'Aktiv pause: vægsid',
  ),
  snack(
    'da',
    'Europe/Copenhagen',
    '8d4f2a6c1e0b9375',
    '2026-11-24T13:15:00Z',
    5,
    'Aktiv pause · rask gang på trappen 60 s',
    'Rejs dig fra stolen, gå raskt på trappen i 60 s. Også 5 minutter hjælper – æ, ø og å er med.',
    ['Mikrotræning', 'Kondition'],
  ),
]

/** An English day in New York, including the repeated hour of 1 November 2026. */
export const en: CalendarEvent[] = [
  snack(
    'en',
    'America/New_York',
    '1b6e0d4c7a9f2e58',
    '2026-11-23T14:30:00Z',
    5,
    'Wall push-ups · 45 s',
    'Hands on the wall at shoulder height; lower your chest, press back.\nWarm-up: 15 s of marching.\nEffort: 7/10.\nWhy: before brewing coffee, 30 s of wall push-ups; here 45 s as it felt easy last week.',
    ['Exercise snack', 'Strength'],
    'Snack time: wall push-ups',
  ),
  snack(
    'en',
    'America/New_York',
    '6a3c9e2f0b8d4170',
    '2026-11-01T05:30:00Z',
    5,
    'Calm breathing · 4 breaths',
    '1:30 a.m. happens twice tonight; this is the first one, still on daylight time.',
    ['Exercise snack'],
  ),
]

/** Every fixture by locale, for golden files and checkers. */
export const fixtures: Record<Locale, CalendarEvent[]> = { en, sv, da }
