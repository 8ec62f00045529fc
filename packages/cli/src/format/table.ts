import { type Catalog, type Locale, localize, localizeText } from '@snackplan/catalog'
import {
  explainAdvisory,
  explainCue,
  formatDuration,
  type Plan,
  snackExplainer,
} from '@snackplan/engine'
import { LABELS } from './labels'

function weekday(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  )
}

/**
 * A plan as a readable week table in `locale`: each item in the words of
 * `explainSnack` (the same text calendars show), the day's cues, what was
 * left out and the advisories.
 */
export function formatTable(plan: Plan, catalog: Catalog, locale: Locale): string {
  const l = LABELS[locale]
  const options = { locale, catalog, ...(plan.titles ? { titles: plan.titles } : {}) }
  const explainSnack = snackExplainer(options)
  const lines = [`${l.plan} ${plan.profileId} · ${plan.from} – ${plan.to} · ${plan.timeZone}`, '']
  for (const day of plan.days) {
    const kind = day.dayType === 'rest' ? l.rest : l[day.dayType]
    lines.push(
      `${weekday(day.date, locale)} ${day.date} · ${kind} · ${l.day} ${day.programDay} · ${formatDuration(day.totalActiveSec)} ${l.active}`,
    )
    if (day.snacks.length === 0) lines.push(`  – ${l.none}`)
    for (const s of day.snacks) {
      const text = explainSnack(s)
      const what = (s.type ?? 'snack') === 'snack' ? '' : `${text.type}: `
      const warm = s.warmupSec > 0 ? ` · ${l.warmup} ${s.warmupSec} s` : ''
      lines.push(`  ${s.start.slice(11, 16)}  ${what}${text.title} · ${text.effortBrief}${warm}`)
      if (text.modifiers) lines.push(`         ${text.modifiers}`)
      for (const note of text.notes) lines.push(`         ! ${note}`)
      lines.push(`         ${text.why}: ${text.reasons.join('; ')}`)
    }
    for (const cue of day.cues ?? []) lines.push(`  ${l.today}: ${explainCue(cue, options)}`)
    lines.push('')
  }
  if (plan.excluded.length > 0) {
    lines.push(`${l.excluded}:`)
    for (const x of plan.excluded) {
      const entry = catalog.get(x.exerciseId)
      const why = x.reasons.map((r) => {
        const title = plan.titles?.[r]
        return title ? localizeText(title, locale) : r
      })
      lines.push(`  - ${entry ? localize(entry, locale).name : x.exerciseId} (${why.join('; ')})`)
    }
    lines.push('')
  }
  if (plan.advisories.length > 0) {
    lines.push(`${l.advisories}:`)
    for (const a of plan.advisories) lines.push(`  ! ${explainAdvisory(a, options)}`)
    lines.push('')
  }
  return lines.join('\n')
}
