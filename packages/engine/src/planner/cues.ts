import type { Catalog } from '@snackplan/catalog'
import type { Fired } from '../evaluate/engine'
import type { RuleEvent } from '../rules/types'
import type { DayCue } from '../types/plan'
import type { DayPlan, Profile } from '../types/profile'
import type { Safety } from './contraindications'
import { fitDose } from './dose'
import { reasonId } from './reasons'
import { SETTING_FOR_DAY } from './settings'
import type { DayBounds } from './targets'

/**
 * The day's habit cues, in rule order. A cue's exercise goes through the
 * same safety as a snack's (a substitute stands in, with its reason); a cue
 * whose exercise is not allowed, or does not fit the day's setting or the
 * person's equipment, is left out rather than shown without it.
 */
export function planCues(
  fired: readonly Fired<Extract<RuleEvent, { type: 'cue' }>>[],
  catalog: Catalog,
  safety: Safety,
  profile: Profile,
  day: DayPlan,
  bounds: Pick<DayBounds, 'snackSec'>,
): DayCue[] {
  const owned = new Set<string>(profile.equipment)
  const out: DayCue[] = []
  for (const f of [...fired].sort((a, b) => a.order - b.order)) {
    const { text, exercise, doseSec } = f.event.params
    const cue: DayCue = { rule: f.rule, text: { ...text }, reasons: [], why: [] }
    if (exercise !== undefined) {
      const resolved = safety.resolve(exercise)
      const entry = resolved && catalog.get(resolved.id)
      const setting = day.type === 'rest' ? undefined : SETTING_FOR_DAY[day.type]
      if (
        !resolved ||
        !entry ||
        (setting !== undefined && !entry.settings.includes(setting)) ||
        !entry.equipment.every((q) => owned.has(q))
      )
        continue
      const want = doseSec ?? entry.dose.default
      const { dose, durationSec } = fitDose(entry, { min: want, max: want }, bounds.snackSec, want)
      Object.assign(cue, {
        exerciseId: entry.id,
        dose,
        durationSec,
        unit: entry.dose.unit,
        perSide: entry.dose.perSide,
        reasons: resolved.why.map(reasonId),
        why: resolved.why,
      })
    }
    out.push(cue)
  }
  return out
}
