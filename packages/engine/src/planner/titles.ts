import type { LocalizedText } from '@snackplan/catalog'
import type { Advisory, PlannedDay } from '../types/plan'
/** The titles of the rules a plan names, in the order they first appear. */
export function namedTitles(
  titles: ReadonlyMap<string, LocalizedText>,
  days: readonly PlannedDay[],
  excluded: readonly { reasons: string[] }[],
  advisories: readonly Advisory[],
): Record<string, LocalizedText> {
  const named = new Set<string>()
  for (const d of days) {
    for (const s of d.snacks) {
      for (const r of s.why ?? []) if (r.rule !== undefined) named.add(r.rule)
      for (const n of s.notes ?? []) named.add(n.rule)
    }
    for (const c of d.cues ?? []) {
      named.add(c.rule)
      for (const r of c.why ?? []) if (r.rule !== undefined) named.add(r.rule)
    }
  }
  for (const x of excluded) for (const r of x.reasons) named.add(r)
  for (const a of advisories) named.add(a.id)
  const out: Record<string, LocalizedText> = {}
  for (const rule of named) {
    const title = titles.get(rule)
    if (title) out[rule] = { ...title }
  }
  return out
}
