import type { Locale } from '@snackplan/catalog'

/** Which rule set the rules editor shows. */
export type RulesView = 'custom' | 'default'

/**
 * Everything the playground shows is derived from this one serialisable
 * object, so a share link is exactly this object in the URL fragment. The
 * editors' texts are kept verbatim (not re-serialised) so a link restores
 * them byte for byte.
 */
export interface PlaygroundState {
  /** Format version of a shared state. */
  v: 1
  /** The profile editor's text. */
  profile: string
  /** The custom rule set's text, planned on top of the default program. */
  rules: string
  /** Whether the rules editor shows the custom set or the default program (read-only). */
  view: RulesView
  /** Language of titles and descriptions. */
  locale: Locale
  /** Program week shown, 0 for the week starting on `programStart`. */
  week: number
}

/** Program weeks the previous/next buttons move over (the starter week and weeks 2-4). */
export const PROGRAM_WEEKS = 4

/** The locales snackplan writes text in. */
export const LOCALES: readonly Locale[] = ['en', 'sv', 'da']

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/**
 * Reads a state from untrusted JSON (a share link): missing or wrong fields
 * fall back to `base`'s, so a link from an older page still opens.
 */
export function toState(value: unknown, base: PlaygroundState): PlaygroundState {
  if (typeof value !== 'object' || value === null) return base
  const v = value as Record<string, unknown>
  const week = typeof v.week === 'number' && Number.isInteger(v.week) ? v.week : base.week
  return {
    v: 1,
    profile: typeof v.profile === 'string' ? v.profile : base.profile,
    rules: typeof v.rules === 'string' ? v.rules : base.rules,
    view: v.view === 'default' ? 'default' : 'custom',
    locale: isLocale(v.locale) ? v.locale : base.locale,
    week: Math.min(Math.max(week, 0), PROGRAM_WEEKS - 1),
  }
}
