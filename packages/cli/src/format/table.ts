import { type Catalog, type Locale, localize } from '@snackplan/catalog'
import type { Plan, PlannedSnack } from '@snackplan/engine'
import { LABELS } from './labels'

function duration(sec: number): string {
  const m = Math.floor(sec / 60)
  const s = sec % 60
  return m === 0 ? `${s} s` : s === 0 ? `${m} min` : `${m} min ${s} s`
}

function dose(snack: PlannedSnack, catalog: Catalog, l: Record<string, string>): string {
  const entry = catalog.get(snack.exerciseId)
  const unit =
    entry?.dose.unit === 'reps'
      ? `${snack.dose} ×`
      : `${entry?.dose.perSide ? snack.dose : snack.durationSec} s`
  const side = entry?.dose.perSide ? ` ${l.side}` : ''
  const hold = entry?.dose.unit === 'hold-seconds' ? `${l.hold} ` : ''
  const rounds = snack.rounds > 1 ? `${snack.rounds} × ` : ''
  const rest = snack.rounds > 1 ? ` (${l.rest_} ${snack.restSec} s)` : ''
  return `${rounds}${hold}${unit}${side}${rest}`
}

function weekday(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  )
}

/** A plan as a readable week table, with exercise names in `locale`. */
export function formatTable(plan: Plan, catalog: Catalog, locale: Locale): string {
  const l = LABELS[locale]
  const lines = [`${l.plan} ${plan.profileId} · ${plan.from} – ${plan.to} · ${plan.timeZone}`, '']
  for (const day of plan.days) {
    const kind = day.dayType === 'rest' ? l.rest : l[day.dayType]
    lines.push(
      `${weekday(day.date, locale)} ${day.date} · ${kind} · ${l.day} ${day.programDay} · ${duration(day.totalActiveSec)} ${l.active}`,
    )
    if (day.snacks.length === 0) lines.push(`  – ${l.none}`)
    for (const s of day.snacks) {
      const entry = catalog.get(s.exerciseId)
      const name = entry ? localize(entry, locale).name : s.exerciseId
      const warm = s.warmupSec > 0 ? ` · ${l.warmup} ${s.warmupSec} s` : ''
      const mods = s.modifiers.length > 0 ? ` · +${s.modifiers.join(', +')}` : ''
      lines.push(
        `  ${s.start.slice(11, 16)}  ${name} · ${dose(s, catalog, l)} · ${l.effort} ${s.effort}/10${warm}${mods}`,
      )
      lines.push(`         ${l.why}: ${s.reasons.join(', ')}`)
      for (const note of s.notes ?? []) lines.push(`         ! ${note.text[locale]}`)
    }
    lines.push('')
  }
  if (plan.excluded.length > 0) {
    lines.push(`${l.excluded}:`)
    for (const x of plan.excluded) {
      const entry = catalog.get(x.exerciseId)
      lines.push(
        `  - ${entry ? localize(entry, locale).name : x.exerciseId} (${x.reasons.join(', ')})`,
      )
    }
    lines.push('')
  }
  if (plan.advisories.length > 0) {
    lines.push(`${l.advisories}:`)
    for (const a of plan.advisories) lines.push(`  ! ${a.text[locale]}`)
    lines.push('')
  }
  return lines.join('\n')
}
