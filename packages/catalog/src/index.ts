export * from './types'
export type { SnackplanIssue, CheckResult } from './errors/issue'
export { pointer, escapePointerToken } from './errors/issue'
export { SnackplanError, isSnackplanError } from './errors/error'
