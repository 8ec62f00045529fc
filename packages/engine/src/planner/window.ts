import { addDays, expandLocalRRule, localToEpoch, parseLocalTime } from '../time'
import type { LocalDate, Profile } from '../types/profile'

/**
 * A day's waking hours in minutes after that day's local midnight. On a night
 * shift (bed earlier on the clock than wake) `bed` is past 1440: the waking
 * hours that start on a date end the next morning, and belong to that date.
 */
export interface Waking {
  wake: number
  bed: number
}

/** The profile's waking hours, in the frame of the day they start on. */
export function wakingHours(profile: Pick<Profile, 'wake' | 'bed'>): Waking {
  const wake = parseLocalTime(profile.wake)
  const bed = parseLocalTime(profile.bed)
  return { wake, bed: bed > wake ? bed : bed + 1440 }
}

/**
 * A clock time (`HH:MM`) in the waking-hours frame: on a night shift, times
 * up to bed belong to the next morning (02:00 on a 20:00-08:00 day is 1560).
 */
export function inFrame(waking: Waking, time: string): number {
  const m = parseLocalTime(time)
  return waking.bed > 1440 && m <= waking.bed - 1440 ? m + 1440 : m
}

/** The instant of a frame minute on `date` (minutes past 1440 fall on the next day). */
export function frameToEpoch(date: LocalDate, minute: number, timeZone: string): number {
  return minute >= 1440
    ? localToEpoch(addDays(date, 1), minute - 1440, timeZone)
    : localToEpoch(date, minute, timeZone)
}

/**
 * Expands an RRULE in floating local time over a frame window `[start, end)`
 * that may run past midnight: the part after midnight is expanded on the
 * next date and shifted into the frame.
 */
export function expandInFrame(
  rrule: string,
  date: LocalDate,
  window: { startMin: number; endMin: number },
): number[] {
  const first = expandLocalRRule(rrule, date, {
    startMin: Math.min(window.startMin, 1440),
    endMin: Math.min(window.endMin, 1440),
  })
  if (window.endMin <= 1440) return first
  const next = expandLocalRRule(rrule, addDays(date, 1), {
    startMin: Math.max(window.startMin - 1440, 0),
    endMin: window.endMin - 1440,
  })
  return [...first, ...next.map((m) => m + 1440)]
}
