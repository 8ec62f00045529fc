/** Where a command writes; the bin wires it to process streams, tests to buffers. */
export interface Io {
  out(text: string): void
  err(text: string): void
  cwd: string
}

/** Exit codes of the CLI contract. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const

/** A mistake in how the command was called (exit 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
