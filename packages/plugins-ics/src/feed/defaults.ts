import type { FeedEventsFunction, FeedSerializeFunction } from './types'

// Placeholder until toCalendarEvents / toICS land; replaced by the real imports.
export const defaultToEvents: FeedEventsFunction = () => {
  throw new Error('[snackplan] [ics] toCalendarEvents is not available yet')
}
export const defaultSerialize: FeedSerializeFunction = () => {
  throw new Error('[snackplan] [ics] toICS is not available yet')
}
