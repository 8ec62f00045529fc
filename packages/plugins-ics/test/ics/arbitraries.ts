import type { CalendarEvent } from '@snackplan/plugins-calendar'
import fc from 'fast-check'

/** Zones the serializer must get right, from the issue and beyond. */
export const ZONES = [
  'Europe/Stockholm',
  'Europe/Copenhagen',
  'Europe/Helsinki',
  'Atlantic/Reykjavik',
  'America/New_York',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'Australia/Lord_Howe',
  'Australia/Sydney',
  'America/Sao_Paulo',
  'UTC',
] as const

const HOSTILE = [
  'å',
  'ä',
  'ö',
  'Å',
  'Ä',
  'Ö',
  'æ',
  'ø',
  'Æ',
  'Ø',
  '😀',
  '👩‍👩‍👧',
  '🏋️',
  '\r\n',
  '\n',
  '\r',
  ';',
  ',',
  '\\',
  '\\n',
  ':',
  '"',
  '\u0000',
  '\u0007',
  '\t',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u2028',
  '\uFEFF',
  ' ',
  // The text policy: bidi controls go, NFD comes back as NFC, halves of a pair become U+FFFD.
  '\u202E',
  '\u2066',
  '\u200F',
  'e\u0301',
  'A\u030A',
  '\u0308',
  '\uD800',
  '\uDFFF',
] as const

const SWEDISH_WORDS = [
  'Knäböj',
  'mot',
  'stol',
  'övning',
  'trappa',
  'åtta',
  'vadpress',
  'ärlig',
  '·',
]

/** Text with the characters calendars get wrong, often placed on the 75-octet fold boundary. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  // ASCII padding of 55-80 chars pushes the next multi-byte character across the fold.
  fc
    .tuple(
      fc.integer({ min: 55, max: 80 }),
      fc.array(fc.constantFrom(...HOSTILE), { maxLength: 6 }),
    )
    .map(([pad, tail]) => 'x'.repeat(pad) + tail.join('')),
  fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 8 })), { maxLength: 30 })
    .map((a) => a.join('')),
  // 200-character Swedish titles.
  fc
    .array(fc.constantFrom(...SWEDISH_WORDS), { minLength: 40, maxLength: 60 })
    .map((w) => w.join(' ').slice(0, 200)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
)

// The pieces of a snack's description: words of the three locales, the
// punctuation the texts use (’ – … make a string two-byte), and the newlines,
// commas and list dashes that every description has many of.
const DESCRIPTION_PIECES = [
  ...SWEDISH_WORDS,
  'Dose: 30 s.',
  'Effort: about 5/10, moderate',
  'Stop at once on sharp pain',
  'ask a physiotherapist',
  'Gör så här:',
  'Sänk dig långsamt',
  'Øvelse',
  'hænder',
  'blødt',
  'don’t',
  '–',
  '…',
  '\n',
  '\n\n',
  '\n- ',
  ', ',
  '; ',
  ' ',
  '(3 s)',
]

/**
 * Text shaped like a description: 100 to 1,500 characters of those pieces,
 * now and then one of the hostile characters, so that escaping and folding
 * meet long values with many lines, commas and Nordic letters.
 */
export const descriptionText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 15, arbitrary: fc.constantFrom(...DESCRIPTION_PIECES) },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
    ),
    { minLength: 20, maxLength: 250 },
  )
  .map((pieces) => pieces.join('').slice(0, 1500))

const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z')
const FROM = Date.UTC(2025, 0, 1)
const TO = Date.UTC(2028, 11, 31)

/** One CalendarEvent with hostile text, any of {@link ZONES}, whole-second instants. */
export const arbitraryEvent: fc.Arbitrary<CalendarEvent> = fc
  .record({
    uid: fc.stringMatching(/^[0-9a-f]{16}$/),
    startSec: fc.integer({ min: FROM / 1000, max: TO / 1000 }),
    minutes: fc.integer({ min: 1, max: 120 }),
    timeZone: fc.constantFrom(...ZONES),
    summary: hostileText,
    description: fc.oneof(hostileText, descriptionText),
    categories: fc.array(hostileText, { maxLength: 3 }),
    sequence: fc.nat({ max: 1000 }),
    alarms: fc.array(fc.record({ minutesBefore: fc.nat({ max: 120 }), description: hostileText }), {
      maxLength: 2,
    }),
    locale: fc.constantFrom('en' as const, 'sv' as const, 'da' as const),
  })
  .map((r) => ({
    uid: `${r.uid}@snackplan`,
    start: iso(r.startSec * 1000),
    end: iso(r.startSec * 1000 + r.minutes * 60_000),
    timeZone: r.timeZone,
    summary: r.summary,
    description: r.description,
    categories: r.categories,
    sequence: r.sequence,
    stamp: iso(FROM),
    alarms: r.alarms,
    snackId: r.uid,
    locale: r.locale,
  }))

/** A list of events with distinct uids, as one calendar holds them. */
export const arbitraryEvents: fc.Arbitrary<CalendarEvent[]> = fc.uniqueArray(arbitraryEvent, {
  minLength: 1,
  maxLength: 8,
  selector: (e) => e.uid,
})
