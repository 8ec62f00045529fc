import { describe, expect, it } from 'vitest'

// Which entry loads ical.js is pinned by plugins-ics's test/entry.test.ts,
// which bundles both entries and itself.
describe('the events entry', () => {
  it('exports what the root exports for events, jCal and UIDs (from source, the same functions)', async () => {
    const root = await import('../src/index')
    const events = await import('../src/events-entry')
    expect(Object.keys(events).sort()).toEqual(['snackUid', 'toCalendarEvents', 'toJCal'])
    for (const [name, value] of Object.entries(events)) {
      expect(root[name as keyof typeof root], name).toBe(value)
    }
  })
})
