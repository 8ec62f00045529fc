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
}

/**
 * The event's plain-text description: the real dose (the calendar slot may be
 * longer), warm-up, effort and what it feels like, progression, the calm
 * breaths, how to do it, the cautions on this snack, why it is there, its
 * safety note, the plan's advisories and, in the day's first event, the
 * day's cues.
 */
export function describeSnack(input: DescriptionInput): string {
  const { text, advisories, m } = input
  const dose = [
    text.doseLine,
    text.total,
    input.extendedSlotMin === undefined ? undefined : m.slot(input.extendedSlotMin),
    text.warmup,
    text.effort,
    text.modifiers,
    text.breaths,
  ].filter((line): line is string => line !== undefined)
  const sections = [dose.join('\n'), text.how, ...text.notes]
  if (input.cues.length > 0)
    sections.push(`${m.cues}:\n${input.cues.map((c) => `- ${c}`).join('\n')}`)
  if (text.reasons.length > 0)
    sections.push(`${text.why}:\n${text.reasons.map((r) => `- ${r}`).join('\n')}`)
  sections.push(text.safety)
  sections.push(...advisories)
  return sections.join('\n\n')
}
