import { cleanText } from '@snackplan/catalog'
import { explainSnack } from '@snackplan/engine'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type ExerciseLookup, toCalendarEvents } from '../../src'
import { entries } from '../fixtures/catalog'
import { hostileText } from '../fixtures/hostile-text'
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

// Titles, categories and alarm texts repeat across a plan's events, so
// toCalendarEvents cleans each distinct one once per call: the result must be
// what cleaning every text of every event gives.
describe('toCalendarEvents: the remembered text policy', () => {
  const policy = (text: string) => cleanText(text, 'replace').text
  it('gives every event the text policy of its own texts', () => {
    const plan = annaPlan()
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 4 }), (names) => {
        const named = new Map(entries.map((e, i) => [e.id, names[i % names.length]!]))
        const catalog: ExerciseLookup = {
          get: (id) => {
            const entry = entries.find((e) => e.id === id)
            return entry && { ...entry, name: { ...entry.name, en: named.get(id)! } }
          },
        }
        const events = toCalendarEvents(plan, { catalog, alarms: [{ minutesBefore: 3 }] })
        const snacks = plan.days.flatMap((d) => d.snacks)
        expect(events).toHaveLength(snacks.length)
        for (const [i, e] of events.entries()) {
          const text = explainSnack(snacks[i]!, { locale: 'en', catalog })
          expect(e.summary).toBe(policy(text.title))
          expect(e.categories).toEqual([policy(text.type), policy(text.focus)])
          expect(e.description).toBe(policy(e.description))
          expect(e.alarms[0]!.description).toBe(policy(e.alarms[0]!.description))
          expect(e.alarms[0]!.description).toContain(e.summary)
        }
      }),
    )
  })
})
