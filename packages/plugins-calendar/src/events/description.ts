import type { ExerciseEntry, Locale } from '@snackplan/catalog'
import type { Advisory, PlannedSnack } from '@snackplan/engine'
import { formatDuration, formatWork } from '../i18n/dose'
import type { Messages } from '../i18n/messages'

/** `trigger:hourly-active-pause` -> `Timing: hourly-active-pause`; unknown kinds stay as written. */
export function describeReason(reason: string, m: Messages): string {
  const colon = reason.indexOf(':')
  if (colon <= 0) return reason
  const kind = reason.slice(0, colon)
  return `${m.reasonKinds[kind] ?? kind}: ${reason.slice(colon + 1)}`
}

/** What the description is made from. */
export interface DescriptionInput {
  snack: PlannedSnack
  entry: ExerciseEntry
  advisories: readonly Advisory[]
  locale: Locale
  m: Messages
  /** The calendar slot in minutes when it is longer than the snack, else undefined. */
  extendedSlotMin: number | undefined
}

/**
 * The event's plain-text description: the real dose (the calendar slot may be
 * longer), warm-up, effort, cues, why this snack, safety and the plan's advisories.
 */
export function describeSnack(input: DescriptionInput): string {
  const { snack, entry, advisories, locale, m } = input
  const work = formatWork(
    { unit: entry.dose.unit, perSide: entry.dose.perSide, amount: snack.dose },
    m,
  )
  const dose = [m.dose(snack.rounds, work, snack.restSec)]
  if (snack.warmupSec > 0 || snack.rounds > 1) {
    const total =
      snack.warmupSec + snack.rounds * snack.durationSec + (snack.rounds - 1) * snack.restSec
    dose.push(m.total(formatDuration(total)))
  }
  if (input.extendedSlotMin !== undefined) dose.push(m.slot(input.extendedSlotMin))
  if (snack.warmupSec > 0) dose.push(m.warmup(snack.warmupSec))
  dose.push(m.effort(snack.effort))
  if (snack.modifiers.length > 0) dose.push(m.modifiers(snack.modifiers.map((x) => m.modifier[x])))

  const sections = [dose.join('\n'), `${m.how}: ${entry.cues[locale]}`]
  for (const note of snack.notes ?? []) sections.push(`${m.note}: ${note.text[locale]}`)
  if (snack.reasons.length > 0) {
    sections.push(`${m.why}:\n${snack.reasons.map((r) => `- ${describeReason(r, m)}`).join('\n')}`)
  }
  sections.push(`${m.safety}: ${entry.safety[locale]}`)
  for (const advisory of advisories) sections.push(`${m.note}: ${advisory.text[locale]}`)
  return sections.join('\n\n')
}
