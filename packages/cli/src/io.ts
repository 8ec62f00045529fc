/** Where a command writes; the bin wires it to process streams, tests to buffers. */
export interface Io {
  /** Writes results (a plan, an ICS file); `text` carries its own newlines. */
  out(text: string): void
  /** Writes errors, warnings and progress notes. */
  err(text: string): void
  /** Directory that relative file arguments are resolved against. */
  cwd: string
}

/** Exit codes of the CLI contract. */
export const EXIT = {
  /** Success. */
  ok: 0,
  /** Invalid input; the message names the file and the JSON path. */
  invalid: 1,
  /** Usage error: unknown command, missing or bad option. */
  usage: 2,
} as const

/** A mistake in how the command was called (exit 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
