import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../src/main'

/** The repository root, so tests can name examples/profiles/*.json. */
export const ROOT = new URL('../../../', import.meta.url).pathname

/** Runs the CLI in-process and captures what it prints. */
export async function run(argv: string[], cwd = ROOT) {
  let out = ''
  let err = ''
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), cwd })
  return { code, out, err }
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'snackplan-cli-'))
}
