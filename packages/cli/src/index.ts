/**
 * The `snackplan` command (plan, serve, check, test-rules) as a function, so it
 * can be run in-process with its own I/O.
 *
 * @packageDocumentation
 * @module @snackplan/cli
 */
export type { Io } from './io'
export { EXIT } from './io'
export { main, USAGE } from './main'
