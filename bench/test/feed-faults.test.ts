import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The short version of `pnpm bench:faults` (60 s): a few seconds of the same
// mixed load and faults against a feed server on 127.0.0.1, which the script
// starts and stops by its pid. It exits 1 and lists problems when an
// undocumented 5xx, an unhandled rejection, a request over its timeout, heap
// growth or a store write for a failed request is seen.
describe('the feed under load and faults (short run)', () => {
  it('answers only documented statuses and records nothing for failed requests', async () => {
    const script = fileURLToPath(new URL('../faults/feed-faults.mjs', import.meta.url))
    const { code, out } = await new Promise<{ code: number; out: string }>((resolve) => {
      execFile(
        process.execPath,
        [script],
        { env: { ...process.env, DURATION_S: '3', CONCURRENCY: '4' }, timeout: 60_000 },
        (error, stdout) => resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout }),
      )
    })
    const report = JSON.parse(out)
    expect(report.problems).toEqual([])
    expect(code).toBe(0)
    // Every kind of fault was exercised, so the checks saw something.
    const kinds = Object.keys(report.statuses)
    for (const kind of ['get', 'get-hangs', 'set-throws', 'profile-throws', 'mid-body']) {
      expect(kinds).toContain(kind)
    }
  }, 90_000)
})
