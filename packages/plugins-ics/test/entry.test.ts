import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

// The files an entry loads, as a bundler sees its import graph from source
// (the workspace's source condition, resolving as a Workers or browser
// bundle does; the built files follow the same graph).
async function inputsOf(entry: string): Promise<string[]> {
  const out = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['@snackplan/source', 'workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  })
  return Object.keys(out.metafile.inputs)
}
const ical = (inputs: string[]) => inputs.filter((path) => path.includes('/ical.js/'))

describe('what loads ical.js (only the calendar reader needs it)', () => {
  it('not @snackplan/plugins-ics: the serializer and the feed use the events entry of plugins-calendar', async () => {
    const inputs = await inputsOf('../src/index.ts')
    expect(inputs.some((path) => path.includes('plugins-calendar/src/events/'))).toBe(true)
    expect(ical(inputs)).toEqual([])
  })

  it('not @snackplan/plugins-calendar/events', async () => {
    expect(ical(await inputsOf('../../plugins-calendar/src/events-entry.ts'))).toEqual([])
  })

  it('the root of @snackplan/plugins-calendar, which has busyFromICS', async () => {
    expect(ical(await inputsOf('../../plugins-calendar/src/index.ts')).length).toBeGreaterThan(0)
  })
})
