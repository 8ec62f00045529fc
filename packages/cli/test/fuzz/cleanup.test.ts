import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { fuzz } from '../../../../fuzz/harness'

it('a fuzz child killed on a hang leaves no folder behind', async () => {
  const here = mkdtempSync(join(tmpdir(), 'snackplan-hang-'))
  const report = join(here, 'dirs')
  process.env.HANG_REPORT = report
  try {
    await expect(
      fuzz(new URL('./hang-target.ts', import.meta.url), 'hangTarget', { runs: 1, hangMs: 3000 }),
    ).rejects.toThrow(/hung/)
    const dirs = readFileSync(report, 'utf8').trim().split('\n')
    expect(dirs.length).toBeGreaterThan(0)
    for (const dir of dirs) expect(existsSync(dir), dir).toBe(false)
  } finally {
    delete process.env.HANG_REPORT
    rmSync(here, { recursive: true, force: true })
  }
}, 60_000)
