import { readFileSync } from 'node:fs'
import { isSnackplanError } from '@snackplan/catalog'
import { describe, expect, it } from 'vitest'
import { createPlanner } from '../../src/planner/create'
import type { SnackplanPlugin } from '../../src/plugins/types'
import { defineRuleSet } from '../../src/rules/define'

const anna = JSON.parse(
  readFileSync(new URL('../../../../examples/profiles/anna.json', import.meta.url), 'utf8'),
)

async function errorOf(work: () => unknown) {
  try {
    await work()
  } catch (e) {
    if (isSnackplanError(e))
      return {
        source: e.message.split(' ')[1],
        errors: e.errors.map(({ code, path }) => ({ code, path })),
      }
    throw e
  }
  throw new Error('expected a SnackplanError')
}

describe('planner options and plugin output are checked', () => {
  it('refuses a catalog that is not loaded, plugins that are not a list, bad or duplicate names', async () => {
    expect((await errorOf(() => createPlanner({ catalog: {} as never }))).errors).toEqual([
      { code: 'planner/catalog', path: '/catalog' },
    ])
    expect((await errorOf(() => createPlanner({ plugins: {} as never }))).errors).toEqual([
      { code: 'planner/plugins', path: '/plugins' },
    ])
    const named = (name: string) => ({ name }) as SnackplanPlugin
    expect(
      (await errorOf(() => createPlanner({ plugins: [named('a'), named('a'), named('')] }))).errors,
    ).toEqual([
      { code: 'plugin/duplicate-name', path: '/plugins/1/name' },
      { code: 'plugin/name', path: '/plugins/2/name' },
    ])
  })

  it('names the plugin and the block when busy() returns something wrong', async () => {
    const busy = (blocks: unknown): SnackplanPlugin => ({
      name: 'my-calendar',
      busy: () => blocks as never,
    })
    const reversed = await errorOf(() =>
      createPlanner({
        plugins: [busy([{ start: '2026-11-23T13:00', end: '2026-11-23T08:00' }])],
      }).plan({ profile: anna, days: 1 }),
    )
    expect(reversed).toEqual({
      source: '[my-calendar]',
      errors: [{ code: 'plugin/busy-not-ordered', path: '/plugins/0/busy/0/end' }],
    })
    const malformed = await errorOf(() =>
      createPlanner({ plugins: [busy([{ start: 'soon', end: 'later' }])] }).plan({
        profile: anna,
        days: 1,
      }),
    )
    expect(malformed.errors.map((e) => e.path)).toEqual(['/plugins/0/busy/0/start'])
    expect(
      (
        await errorOf(() =>
          createPlanner({ plugins: [busy(null)] }).plan({ profile: anna, days: 1 }),
        )
      ).errors,
    ).toEqual([{ code: 'plugin/busy', path: '/plugins/0/busy' }])
  })

  it('keeps snacks out of a plugin’s busy blocks', async () => {
    const blocks = [{ start: '2026-11-23T09:00', end: '2026-11-23T16:00' }]
    const plan = await createPlanner({ plugins: [{ name: 'meetings', busy: () => blocks }] }).plan({
      profile: anna,
      days: 1,
    })
    for (const s of plan.days[0]!.snacks) {
      const t = Date.parse(s.start)
      expect(
        t < Date.parse('2026-11-23T09:00:00+01:00') - 5 * 60_000 + 1 ||
          t >= Date.parse('2026-11-23T16:00:00+01:00'),
      ).toBe(true)
    }
  })
})

describe('exporters', () => {
  it('must be functions, take null options and return text', async () => {
    const bad = { name: 'bad', exporters: { txt: 5 } } as unknown as SnackplanPlugin
    expect((await errorOf(() => createPlanner({ plugins: [bad] }))).errors).toEqual([
      { code: 'plugin/exporters', path: '/plugins/0/exporters' },
    ])
    const planner = createPlanner({
      plugins: [
        {
          name: 'fmt',
          exporters: {
            ok: (p, c) => `${p.profileId} ${JSON.stringify(c.options)}`,
            num: () => 5 as never,
          },
        },
      ],
    })
    const plan = await planner.plan({ profile: anna, days: 1 })
    expect(planner.export('ok', plan, null)).toBe('anna {}')
    expect((await errorOf(() => planner.export('num', plan))).errors).toEqual([
      { code: 'planner/export-result', path: '/format' },
    ])
  })
})

describe('bounds that cannot hold together', () => {
  it('fail the plan with the rules named, instead of planning nothing', async () => {
    const crossed = defineRuleSet({
      id: 'crossed',
      version: '1',
      rules: [
        {
          name: 'long-snacks-only',
          conditions: { all: [{ fact: 'day.type', operator: 'notEqual', value: 'rest' }] },
          event: { type: 'bounds', params: { snackSec: { min: 95, max: 100 } } },
        },
      ],
    })
    const error = await errorOf(() =>
      createPlanner({ rules: crossed }).plan({ profile: anna, days: 1 }),
    )
    expect(error.errors).toEqual([{ code: 'rules/bounds-crossed', path: '' }])
  })
})
