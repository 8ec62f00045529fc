export type { CalendarEvent } from './event'
