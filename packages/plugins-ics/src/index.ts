/**
 * RFC 5545 ICS text for calendar events, VTIMEZONE, and a subscribable feed
 * handler (Fetch API, with a Node adapter).
 *
 * @packageDocumentation
 * @module @snackplan/plugins-ics
 */
export * from './feed'
export {
  cleanText,
  DEFAULT_PROD_ID,
  escapeText,
  foldLine,
  type IcsErrorCode,
  MAX_LINE_OCTETS,
  type ToICSOptions,
  toICS,
  vtimezone,
} from './ics'
export { type IcsPluginOptions, icsPlugin } from './plugin'
