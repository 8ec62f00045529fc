import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const probe = fileURLToPath(new URL('./fixtures/host-zone-probe.ts', import.meta.url))
const root = fileURLToPath(new URL('../../../../', import.meta.url))

async function probeWith(tz: string): Promise<{ hostOffset: string; output: string }> {
  const { stdout } = await run(
    process.execPath,
    ['--conditions=@snackplan/source', '--import', 'tsx', probe],
    {
      cwd: root,
      env: { ...process.env, TZ: tz },
    },
  )
  const [hostOffset = '', ...rest] = stdout.trimEnd().split('\n')
  return { hostOffset, output: rest.join('\n') }
}

describe('host time zone independence', () => {
  it('gives identical results under TZ=UTC, Europe/Stockholm and America/Los_Angeles', async () => {
    const [utc, stockholm, la] = await Promise.all(
      ['UTC', 'Europe/Stockholm', 'America/Los_Angeles'].map(probeWith),
    )
    // The children really ran in different host zones (offsets on 2026-01-01)...
    expect([utc?.hostOffset, stockholm?.hostOffset, la?.hostOffset]).toEqual(['0', '-60', '480'])
    // ...and the module's output did not notice.
    expect(stockholm?.output).toBe(utc?.output)
    expect(la?.output).toBe(utc?.output)
    expect(utc?.output).toContain('02:30=2026-03-29T03:30:00+02:00/gap')
    expect(utc?.output).toContain('02:30=2026-10-25T02:30:00+02:00/repeated')
    expect(utc?.output.split('\n')).toHaveLength(8 * 8 + 1)
  })
})
