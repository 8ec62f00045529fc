import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { defineFuzzTarget } from '../../../../fuzz/harness'

/**
 * Makes a folder in the harness's scratch folder, as the CLI targets do,
 * names it in the file HANG_REPORT gives, and never returns: the harness's
 * watchdog has to kill the child.
 */
export const hangTarget = defineFuzzTarget({
  arbitrary: fc.constant(0),
  run: () => {
    const dir = mkdtempSync(join(process.env.FUZZ_TMPDIR ?? '', 'snackplan-fuzz-cli-'))
    writeFileSync(join(dir, 'profile.json'), '{}')
    appendFileSync(process.env.HANG_REPORT ?? '', `${dir}\n`)
    // A timer keeps the process alive, as real work that hangs would.
    return new Promise<never>(() => setInterval(() => {}, 1000))
  },
})
