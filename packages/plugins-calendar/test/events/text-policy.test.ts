import { describe, expect, it } from 'vitest'
import { type ExerciseLookup, toCalendarEvents } from '../../src'
import { entries } from '../fixtures/catalog'
import { annaPlan } from '../fixtures/plan'

// Issue 9: a custom lookup is not checked like a catalog document, so its
// texts may hold bidi controls, NFD, TABs or lone surrogates; the events
// toCalendarEvents writes follow the one text policy all the same.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const hostile: ExerciseLookup = {
  get: (id) => {
    const entry = entries.find((e) => e.id === id)
    if (!entry) return undefined
    return {
      ...entry,
      name: { ...entry.name, sv: `\u202EKn\u0061\u0308b\u006F\u0308j\tstol\u202C` },
      cues: { ...entry.cues, sv: `Sätt dig\u2066 bakåt\u2069 \uD800\u0007` },
    }
  },
}

describe('toCalendarEvents: the text policy', () => {
  it('writes NFC text without bidi controls, controls or lone surrogates, TAB as a space', () => {
    const events = toCalendarEvents(annaPlan(), {
      catalog: hostile,
      locale: 'sv',
      alarms: [{ minutesBefore: 2 }],
    })
    expect(events.length).toBeGreaterThan(0)
    for (const e of events) {
      const texts = [
        e.summary,
        e.description,
        ...e.categories,
        ...e.alarms.map((a) => a.description),
      ]
      for (const text of texts) {
        expect(text).not.toMatch(BIDI)
        expect(text).not.toMatch(LONE)
        // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
        expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/)
        expect(text.normalize('NFC')).toBe(text)
      }
    }
    const squat = events.find((e) => e.summary.startsWith('Knäböj'))!
    expect(squat.summary).toMatch(/^Knäböj stol/)
    expect(squat.description).toContain('Sätt dig bakåt \uFFFD')
    expect(squat.alarms[0]!.description).toContain('Knäböj stol')
  })
})
