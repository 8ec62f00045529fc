import { readFileSync } from 'node:fs'
import { isSnackplanError } from '@snackplan/catalog'
import { createPlanner } from '@snackplan/engine'
import { toCalendarEvents } from '@snackplan/plugins-calendar'
import { describe, expect, it } from 'vitest'
import { toICS } from '../src/ics'
import { icsPlugin } from '../src/plugin'

const anna = JSON.parse(
  readFileSync(new URL('../../../examples/profiles/anna.json', import.meta.url), 'utf8'),
)

describe('icsPlugin', () => {
  it('lets a planner export plans as .ics, the same text as the functions give', async () => {
    const planner = createPlanner({ plugins: [icsPlugin({ ics: { times: 'utc' } })] })
    expect(planner.formats).toEqual(['ics'])
    const plan = await planner.plan({ profile: anna, days: 2 })
    const text = planner.export('ics', plan, { locale: 'da', name: 'Snacks' })
    expect(text).toBe(
      toICS(toCalendarEvents(plan, { locale: 'da' }), { times: 'utc', name: 'Snacks' }),
    )
    expect(text).toContain('X-WR-CALNAME:Snacks')
  })

  it('an unknown format is a SnackplanError naming the known ones', async () => {
    const planner = createPlanner({ plugins: [icsPlugin()] })
    const plan = await planner.plan({ profile: anna, days: 1 })
    try {
      planner.export('pdf', plan)
      expect.unreachable()
    } catch (e) {
      expect(isSnackplanError(e) && e.code).toBe('planner/unknown-format')
      expect((e as Error).message).toContain('known: ics')
    }
  })
})
