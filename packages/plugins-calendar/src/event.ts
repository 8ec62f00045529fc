/**
 * A neutral calendar event: what every exporter (ICS, jCal, provider JSON)
 * is made from. Times are absolute instants plus the zone they are shown in.
 */
export interface CalendarEvent {
  /** Stable, opaque: a hash of profile id, date and slot (RFC 7986 5.3); reveals nobody. */
  uid: string
  /** UTC instant, ISO 8601 with `Z`, e.g. `2026-11-23T08:30:00Z`. */
  start: string
  /** UTC instant; at least the `minDurationMin` option after `start`. */
  end: string
  /** IANA zone the plan was made in; exporters may write local times with TZID. */
  timeZone: string
  /** Localised title, e.g. `Knäböj mot stol · 45 s` (`explainSnack`'s title). */
  summary: string
  /**
   * Localised plain text: dose, warm-up, effort and how it feels, calm
   * breaths, how to do it, cautions, why (in the rules' titles), safety, the
   * plan's advisories, and in the day's first event the day's cues.
   */
  description: string
  /**
   * Localised: what the item is and what it trains, e.g. `["Mikropass",
   * "Styrka"]`; a day's cue note has just `["För i dag"]`.
   */
  categories: string[]
  /**
   * Revision counter: grows when the snack at this uid changes (RFC 5545
   * SEQUENCE). Derived from the content, never from a clock.
   */
  sequence: number
  /** UTC instant the event content was made, derived from the plan (DTSTAMP). */
  stamp: string
  /** Minutes before start for a display alarm; empty for none. */
  alarms: {
    /** Minutes before `start`. */
    minutesBefore: number
    /** Localised alarm text. */
    description: string
  }[]
  /** The planned item this event comes from (`<profileId>-<date>-cues` for a day's cue note). */
  snackId: string
  /** Language the texts are in. */
  locale: 'en' | 'sv' | 'da'
}
