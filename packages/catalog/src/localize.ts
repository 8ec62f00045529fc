import type { ExerciseEntry, Locale, LocalizedText } from './types'

/** One text in a locale, falling back to English when that locale is empty or missing. */
export function localizeText(text: LocalizedText, locale: string): string {
  const value = (text as unknown as Record<string, string | undefined>)[locale]
  return value && value.trim() !== '' ? value : text.en
}

/** An exercise entry's texts in one locale (falls back to en). */
export interface LocalizedExercise {
  /** The entry's id. */
  id: string
  /** The locale asked for, or `en` when snackplan has no text in it. */
  locale: Locale
  /** Display name. */
  name: string
  /** How to do it. */
  cues: string
  /** When to stop or take care. */
  safety: string
}

/** Picks an entry's name, cues and safety text in `locale`, falling back to en. */
export function localize(entry: ExerciseEntry, locale: string): LocalizedExercise {
  const known = locale === 'sv' || locale === 'da' || locale === 'en'
  return {
    id: entry.id,
    locale: known ? locale : 'en',
    name: localizeText(entry.name, locale),
    cues: localizeText(entry.cues, locale),
    safety: localizeText(entry.safety, locale),
  }
}
