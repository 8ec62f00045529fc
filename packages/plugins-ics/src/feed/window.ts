import { SnackplanError, showValue } from '@snackplan/catalog'

/** How far the feed reaches back and ahead of today, in whole days. */
export interface FeedWindow {
  /** Days before today still in the feed, so recent snacks stay visible. Default 7. */
  pastDays?: number
  /** Days after today in the feed. Default 28. */
  futureDays?: number
}

/** The planner's limit on one request. */
const MAX_DAYS = 366

/** The window with defaults applied, checked once when the handler is made. */
export function resolveWindow(window: FeedWindow = {}): Required<FeedWindow> {
  const resolved = { pastDays: window.pastDays ?? 7, futureDays: window.futureDays ?? 28 }
  for (const key of ['pastDays', 'futureDays'] as const) {
    const value = resolved[key]
    if (!Number.isInteger(value) || value < 0) {
      throw new SnackplanError(
        [
          {
            code: 'feed/window',
            path: `/window/${key}`,
            message: `must be a whole number of days >= 0, got ${showValue(value)}`,
          },
        ],
        'ics',
      )
    }
  }
  if (resolved.pastDays + resolved.futureDays + 1 > MAX_DAYS) {
    throw new SnackplanError(
      [
        {
          code: 'feed/window',
          path: '/window',
          message: `pastDays + futureDays + 1 must be at most ${MAX_DAYS} days`,
        },
      ],
      'ics',
    )
  }
  return resolved
}

const formatters = new Map<string, Intl.DateTimeFormat>()

/**
 * The calendar date `YYYY-MM-DD` an instant falls on in an IANA zone. Uses
 * Intl with an explicit zone, so the host's own zone never matters.
 */
export function localDateIn(instant: Date, timeZone: string): string {
  let format = formatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    })
    formatters.set(timeZone, format)
  }
  const parts: Record<string, string> = {}
  for (const part of format.formatToParts(instant)) parts[part.type] = part.value
  return `${parts.year!.padStart(4, '0')}-${parts.month!.padStart(2, '0')}-${parts.day!.padStart(2, '0')}`
}

/** Adds whole days to a `YYYY-MM-DD` date (negative to go back); pure calendar arithmetic. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/**
 * The rolling window for an instant: from today in `timeZone` minus
 * `pastDays`, for `pastDays + 1 + futureDays` days (today included).
 */
export function rollingWindow(
  now: Date,
  timeZone: string,
  window: Required<FeedWindow>,
): { from: string; days: number } {
  const today = localDateIn(now, timeZone)
  return { from: addDays(today, -window.pastDays), days: window.pastDays + 1 + window.futureDays }
}
