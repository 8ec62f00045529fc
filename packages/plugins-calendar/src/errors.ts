import { SnackplanError } from '@snackplan/catalog'

/** Every error this package throws says `[snackplan] [calendar] <path>: <message>`. */
export function calendarError(code: string, path: string, message: string): SnackplanError {
  return new SnackplanError([{ code, path, message }], 'calendar')
}
