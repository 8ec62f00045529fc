import { readFileSync } from 'node:fs'
import { createPlanner, defaultRules, type Plan, type Profile } from '@snackplan/engine'
import { beforeAll, describe, expect, it } from 'vitest'
import { toCalendarEvents } from '../../src/index'

// The sample profile's real first week, as a calendar shows it.
const anna: Profile = JSON.parse(
  readFileSync(new URL('../../../../examples/profiles/anna.json', import.meta.url), 'utf8'),
)
let plan: Plan
beforeAll(async () => {
  plan = await createPlanner().plan({ profile: anna, days: 7, seed: 1 })
})
const ruleIds = defaultRules.rules.map((r) => r.name)

describe('calendar events of a real plan', () => {
  it('reasons read in the plan’s language, by rule title, never as ids', () => {
    for (const locale of ['sv', 'da', 'en'] as const) {
      for (const e of toCalendarEvents(plan, { locale })) {
        for (const id of ruleIds) expect(e.description, `${e.snackId} ${locale}`).not.toContain(id)
        expect(e.description).not.toMatch(/\+tempo|\+pause|\+load/)
      }
    }
    const [first] = toCalendarEvents(plan, { locale: 'sv' })
    expect(first!.description).toContain(
      '- Tidpunkt: Kontorsdag: knäböj en halvtimme in på arbetsdagen',
    )
    expect(first!.description).toContain('Före och efter: 4 lugna andetag.')
    expect(first!.description).toMatch(/Ansträngning: ungefär 6\/10, måttlig/)
  })

  it('says "mikropass", never "snack", in Swedish, and names each kind of item', () => {
    const events = toCalendarEvents(plan, { locale: 'sv', alarms: [{ minutesBefore: 5 }] })
    for (const e of events) {
      expect(`${e.summary} ${e.description} ${e.categories.join(' ')}`).not.toMatch(/snack/i)
      for (const a of e.alarms) expect(a.description).not.toMatch(/snack/i)
    }
    const kinds = new Set(events.map((e) => e.categories[0]))
    expect(kinds).toEqual(new Set(['Mikropass', 'Aktiv paus', 'Längre pass', 'För i dag']))
    const walk = events.find((e) => e.summary.startsWith('Rask promenad med fartinslag'))!
    expect(walk.summary).toBe('Rask promenad med fartinslag · 10 min')
  })

  it('shows the day’s cues in its first event, and a short note on a day with cues only', () => {
    const events = toCalendarEvents(plan, { locale: 'sv' })
    for (const day of plan.days.filter((d) => d.snacks.length > 0)) {
      const first = events.find((e) => e.snackId === day.snacks[0]!.id)!
      expect(first.description).toContain('I dag, när det blir av:')
      expect(first.description).toContain('- Efter varje toalettbesök: Knäböj mot stol · 30 s')
      const second = events.find((e) => e.snackId === day.snacks[1]?.id)
      if (second) expect(second.description).not.toContain('I dag, när det blir av:')
    }
    // Day 7 is Anna's rest day: nothing timed, the reflect-and-plan prompt as a note at wake.
    const note = events.find((e) => e.snackId === 'anna-2026-11-29-cues')!
    expect(note.summary).toMatch(/^För i dag: Reflektera och planera/)
    expect(note.start).toBe('2026-11-29T05:30:00Z')
    expect(note.categories).toEqual(['För i dag'])
  })
})
