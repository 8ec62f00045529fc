import { SnackplanError } from '@snackplan/catalog'

/** Stable codes of the errors `toICS` throws for bad input. */
export type IcsErrorCode =
  | 'ics/invalid-instant'
  | 'ics/end-before-start'
  | 'ics/unknown-time-zone'
  | 'ics/invalid-number'
  | 'ics/duplicate-uid'
  | 'ics/invalid-option'

// One place builds the error so every message reads `[snackplan] [ics] <path>: ...`.
export function icsError(code: IcsErrorCode, path: string, message: string): SnackplanError {
  return new SnackplanError([{ code, path, message }], 'ics')
}
