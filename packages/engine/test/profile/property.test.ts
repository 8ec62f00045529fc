import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createPlanner } from '../../src/index'
import { checkProfile } from '../../src/profile'
import { isCheckedProfile } from '../../src/profile/check'
import { arbitraryProfile } from '../../src/testing'
import { WEEKDAYS } from '../../src/types/profile'

// The public arbitrary of valid profiles (zones, conditions, busy blocks,
// feedback), the same one rule authors use.
const validProfileArb = arbitraryProfile()

type Doc = Record<string, unknown>
const clone = (d: unknown) => structuredClone(d) as Doc
const dayOf = (d: Doc, w: string) => (d.days as Record<string, Doc>)[w]!

const onlyError = (doc: unknown) => {
  const result = checkProfile(doc)
  expect(result.ok).toBe(false)
  return result.ok ? [] : result.errors.map(({ code, path }) => ({ code, path }))
}

describe('checkProfile properties', () => {
  it('accepts every valid profile with no warnings, returning it unchanged', () => {
    fc.assert(
      fc.property(validProfileArb, (doc) => {
        expect(checkProfile(doc)).toEqual({ ok: true, value: doc, warnings: [] })
      }),
    )
  })

  it('reports an unknown key at its path', () => {
    const places = fc.constantFrom('', '/preferences', ...WEEKDAYS.map((w) => `/days/${w}`))
    const key = fc.stringMatching(/^[a-z][a-zA-Z]{0,11}$/).map((k) => `x${k}`)
    fc.assert(
      fc.property(validProfileArb, places, key, (valid, place, k) => {
        const doc = clone(valid)
        // preferences is optional: create it so the key has somewhere to go.
        if (place === '/preferences') doc.preferences ??= {}
        const target =
          place === ''
            ? doc
            : place === '/preferences'
              ? (doc.preferences as Doc)
              : dayOf(doc, place.slice(6))
        target[k] = true
        expect(onlyError(doc)).toEqual([{ code: 'schema/unknown-key', path: `${place}/${k}` }])
      }),
    )
  })

  it('reports a malformed time at its path', () => {
    const bad = fc.constantFrom('24:00', '7:30', '12:60', '12:00:00', 'noon', '')
    fc.assert(
      fc.property(validProfileArb, bad, fc.constantFrom(...WEEKDAYS), (valid, time, w) => {
        const doc = clone(valid)
        const day = dayOf(doc, w)
        const targets: [Doc, string | number, string][] = [
          [doc, 'wake', '/wake'],
          [doc, 'bed', '/bed'],
        ]
        if (Array.isArray(day.work)) {
          targets.push([day.work as unknown as Doc, 0, `/days/${w}/work/0`])
          targets.push([day.work as unknown as Doc, 1, `/days/${w}/work/1`])
        }
        if (day.lunch !== undefined) targets.push([day, 'lunch', `/days/${w}/lunch`])
        for (const [obj, key, path] of targets) {
          const copy = clone(doc)
          const original = (obj as Record<string | number, unknown>)[key]
          ;(obj as Record<string | number, unknown>)[key] = time
          expect(onlyError(doc)).toEqual([{ code: 'schema/pattern', path }])
          ;(obj as Record<string | number, unknown>)[key] = original
          expect(doc).toEqual(copy)
        }
      }),
    )
  })

  it('reports wake equal to bed at /bed', () => {
    fc.assert(
      fc.property(validProfileArb, (valid) => {
        const doc = clone(valid)
        doc.bed = doc.wake
        expect(onlyError(doc)).toEqual([{ code: 'profile/wake-not-before-bed', path: '/bed' }])
      }),
    )
  })

  it('reports a zone the runtime does not know at /timeZone', () => {
    const zone = fc.constantFrom(
      'Europe/Atlantis',
      'Mars/Olympus_Mons',
      'America/Gotham',
      'Nowhere',
    )
    fc.assert(
      fc.property(validProfileArb, zone, (valid, z) => {
        const doc = clone(valid)
        doc.timeZone = z
        expect(onlyError(doc)).toEqual([{ code: 'profile/unknown-time-zone', path: '/timeZone' }])
      }),
    )
  })
})

// plan() takes a profile checkProfile returned as it is, without checking it
// again: that is sound because a checked profile checks again to an equal
// one, and it must give the plan a fresh copy of it (checked in full) gets.
describe('a checked profile needs no second check', () => {
  // Valid profiles, some with a zone in the wrong letter case (a warning,
  // and a value that differs from the input).
  const inputArb = fc
    .tuple(validProfileArb, fc.boolean())
    .map(([doc, lower]) => (lower ? { ...doc, timeZone: doc.timeZone.toLowerCase() } : doc))

  it('checks again to an equal profile', () => {
    fc.assert(
      fc.property(inputArb, (doc) => {
        const first = checkProfile(doc)
        if (!first.ok) throw new Error(JSON.stringify(first.errors))
        const again = checkProfile(first.value)
        expect(again.ok).toBe(true)
        expect(again.ok && again.value).toEqual(first.value)
        expect(isCheckedProfile(first.value)).toBe(true)
        expect(isCheckedProfile(clone(first.value))).toBe(false)
      }),
    )
  })

  it('comes back as it is, with the warnings a fresh copy gets', () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...WEEKDAYS), (doc, weekday) => {
        // A rest day with work hours: a warning the checked profile keeps.
        const days = { ...doc.days, [weekday]: { type: 'rest', work: ['09:00', '10:00'] } }
        const first = checkProfile({ ...doc, days })
        if (!first.ok) return
        const again = checkProfile(first.value)
        expect(again.ok && again.value).toBe(first.value)
        expect(again.warnings).toEqual(checkProfile(clone(first.value)).warnings)
      }),
    )
  })

  it('gives plan() the plan a fresh copy gets', async () => {
    const planner = createPlanner()
    await fc.assert(
      fc.asyncProperty(inputArb, fc.integer({ min: 1, max: 21 }), async (doc, days) => {
        const first = checkProfile(doc)
        if (!first.ok) throw new Error(JSON.stringify(first.errors))
        const taken = await planner.plan({ profile: first.value, days })
        const copied = await planner.plan({ profile: clone(first.value) as never, days })
        expect(JSON.stringify(taken)).toBe(JSON.stringify(copied))
      }),
      { numRuns: 30 },
    )
  })
})
