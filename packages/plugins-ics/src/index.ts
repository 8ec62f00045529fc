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
