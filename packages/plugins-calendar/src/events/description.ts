import type { SnackText } from '@snackplan/engine'
import type { Messages } from '../i18n/messages'

/** What the description is made from. */
export interface DescriptionInput {
  /** The item in words (`explainSnack`). */
  text: SnackText
  /** The plan's advisories in words (`explainAdvisory`), made once per plan. */
  advisories: readonly string[]
  m: Messages
  /** The calendar slot in minutes when it is longer than the snack, else undefined. */
  extendedSlotMin: number | undefined
  /** The day's cues in words, shown in the day's first event. */
  cues: readonly string[]
  /** The text policy, for the sections made for this event (see {@link SECTION_BREAK}). */
  clean: (text: string) => string
  /**
   * The same policy for the sections that repeat from event to event (how,
   * cautions, safety, advisories): one that remembers what it cleaned.
   */
  cleanRepeated: (text: string) => string
}

/**
 * What sections are joined with. The text policy of a whole description is
 * the policy of each section joined with it, because a line feed stops
 * everything the policy does: it is kept, it is no surrogate, and Unicode
 * normalisation never composes or reorders across it (a starter that
 * composes with nothing). So the sections that repeat in every event (how to
 * do it, safety, the plan's advisories) are cleaned once per call, and only
 * the event's own sections each time; a property test pins the equality.
 */
export const SECTION_BREAK = '\n\n'

/**
 * The event's plain-text description: the real dose (the calendar slot may be
 * longer), warm-up, effort and what it feels like, progression, the calm
 * breaths, how to do it, the cautions on this snack, why it is there, its
 * safety note, the plan's advisories and, in the day's first event, the
 * day's cues; each section in the text policy's form.
 */
export function describeSnack(input: DescriptionInput): string {
  const { text, advisories, m, clean, cleanRepeated } = input
  const dose = [
    text.doseLine,
    text.total,
    input.extendedSlotMin === undefined ? undefined : m.slot(input.extendedSlotMin),
    text.warmup,
    text.effort,
    text.modifiers,
    text.breaths,
  ].filter((line): line is string => line !== undefined)
  const sections = [clean(dose.join('\n')), cleanRepeated(text.how)]
  for (const note of text.notes) sections.push(cleanRepeated(note))
  if (input.cues.length > 0)
    sections.push(clean(`${m.cues}:\n${input.cues.map((c) => `- ${c}`).join('\n')}`))
  if (text.reasons.length > 0)
    sections.push(clean(`${text.why}:\n${text.reasons.map((r) => `- ${r}`).join('\n')}`))
  sections.push(cleanRepeated(text.safety))
  for (const advisory of advisories) sections.push(cleanRepeated(advisory))
  return sections.join(SECTION_BREAK)
}
