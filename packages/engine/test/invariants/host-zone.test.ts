import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const probe = fileURLToPath(new URL('./fixtures/host-zone-plans.ts', import.meta.url))
const root = fileURLToPath(new URL('../../../../', import.meta.url))

async function plansUnder(tz: string): Promise<{ hostOffset: string; plans: string[] }> {
  const { stdout } = await run(
    process.execPath,
    ['--conditions=@snackplan/source', '--import', 'tsx', probe],
    { cwd: root, env: { ...process.env, TZ: tz }, maxBuffer: 64 * 1024 * 1024 },
  )
  const [hostOffset = '', ...plans] = stdout.trimEnd().split('\n')
  return { hostOffset, plans }
}

describe('plans do not depend on the host time zone', () => {
  it('TZ=UTC, Europe/Stockholm and America/Los_Angeles give identical plans', async () => {
    const [utc, sthlm, la] = await Promise.all(
      ['UTC', 'Europe/Stockholm', 'America/Los_Angeles'].map(plansUnder),
    )
    // The children really ran in different host zones...
    expect([utc?.hostOffset, sthlm?.hostOffset, la?.hostOffset]).toEqual(['0', '-60', '480'])
    // ...made real plans (3 samples + 12 random profiles, some with snacks)...
    expect(utc?.plans).toHaveLength(15)
    expect(utc?.plans.filter((p) => p.includes('"exerciseId"')).length).toBeGreaterThan(10)
    // ...and their output did not notice.
    expect(sthlm?.plans).toEqual(utc?.plans)
    expect(la?.plans).toEqual(utc?.plans)
  })
})
