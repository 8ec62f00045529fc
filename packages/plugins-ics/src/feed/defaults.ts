import { toCalendarEvents } from '@snackplan/plugins-calendar/events'
import { toICS } from '../ics'
import type { FeedEventsFunction, FeedSerializeFunction } from './types'

/** plan -> events unless the caller brings their own. */
export const defaultToEvents: FeedEventsFunction = toCalendarEvents

/** events -> ICS text unless the caller brings their own. */
export const defaultSerialize: FeedSerializeFunction = toICS
