import { SnackplanError } from '@snackplan/catalog'

/** Error codes thrown by the time module; stable across releases. */
export type TimeErrorCode =
  | 'time/invalid-date'
  | 'time/invalid-time'
  | 'time/invalid-datetime'
  | 'time/invalid-time-zone'
  | 'rules/invalid-rrule'
  | 'rules/unsupported-rrule'
  | 'rules/rrule-limit'

/** Throws one SnackplanError from the engine; `path` is a JSON pointer ("" when unknown). */
export function fail(code: TimeErrorCode, message: string, path = ''): never {
  throw new SnackplanError([{ code, path, message }], 'engine')
}
