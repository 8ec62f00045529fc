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
  /** Localised title, e.g. `Knäböj mot stol · 45 s`. */
  summary: string
  /** Localised plain text: dose, cues, warm-up, effort, why, safety. */
  description: string
  /** Localised: "Exercise snack" and the snack's focus, e.g. `["Träningssnack", "Styrka"]`. */
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
  /** The snack this event comes from, for exporters that want more. */
  snackId: string
  /** Language the texts are in. */
  locale: 'en' | 'sv' | 'da'
}
