import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkProfile } from '../../src/profile'

// Pins the wording of profile errors: what was expected in words, the bad
// value repeated, the nearest allowed value or key, one error per mistake.
const anna = JSON.parse(
  readFileSync(new URL('../../../../examples/profiles/anna.json', import.meta.url), 'utf8'),
)
const messages = (change: Record<string, unknown>) => {
  const result = checkProfile({ ...anna, ...change })
  return result.ok ? [] : result.errors.map((e) => `${e.path} ${e.code}: ${e.message}`)
}

describe('profile error messages', () => {
  it('a time in the wrong form', () => {
    expect(messages({ wake: '6:00' })).toMatchInlineSnapshot(`
      [
        "/wake schema/pattern: must be a 24-hour time HH:MM (00:00-23:59), got "6:00"",
      ]
    `)
  })

  it('a busy instant in the wrong form', () => {
    expect(
      messages({ busy: [{ start: '2026-11-24 10:00', end: '2026-11-24T11:00' }] }),
    ).toMatchInlineSnapshot(`
      [
        "/busy/0/start schema/pattern: must be a date and time YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS, local to timeZone, or followed by Z or +HH:MM, got "2026-11-24 10:00"",
      ]
    `)
  })

  it('an enum value near an allowed one', () => {
    expect(messages({ conditions: ['knee-pian'] })).toMatchInlineSnapshot(`
      [
        "/conditions/0 schema/enum: must be one of "pregnancy", "cardiovascular", "high-blood-pressure", "recent-injury", "recent-surgery", "knee-pain", "hip-pain", "back-pain", "wrist-pain", "shoulder-pain", "medication-affecting-heart-rate-bp-or-glucose", got "knee-pian"; did you mean "knee-pain"?",
      ]
    `)
    expect(messages({ level: 'Beginner' })).toMatchInlineSnapshot(`
      [
        "/level schema/enum: must be one of "beginner", "intermediate", "advanced", got "Beginner"; did you mean "beginner"?",
      ]
    `)
    expect(messages({ days: { ...anna.days, mon: { type: 'ofice' } } })).toMatchInlineSnapshot(`
      [
        "/days/mon/type schema/enum: must be one of "office", "home", "travel", "outdoor", "rest", got "ofice"; did you mean "office"?",
      ]
    `)
  })

  it('an enum value near nothing gets no guess', () => {
    expect(messages({ locale: 'fr' })).toMatchInlineSnapshot(`
      [
        "/locale schema/enum: must be one of "en", "sv", "da", got "fr"",
      ]
    `)
  })

  it('an unknown key near a known one: one error, not also "wake is required"', () => {
    const { wake: _, ...rest } = anna
    const result = checkProfile({ ...rest, wak: '06:30' })
    expect(
      result.ok ? [] : result.errors.map((e) => `${e.path} ${e.code}: ${e.message}`),
    ).toMatchInlineSnapshot(`
      [
        "/wak schema/unknown-key: unknown key "wak"; did you mean "wake"?",
      ]
    `)
  })

  it('an unknown zone near a known one', () => {
    expect(messages({ timeZone: 'Europe/Stokholm' })).toMatchInlineSnapshot(`
      [
        "/timeZone profile/unknown-time-zone: "Europe/Stokholm" is not an IANA time zone this runtime knows; did you mean "Europe/Stockholm"?",
      ]
    `)
    expect(messages({ timeZone: 'Mars/Olympus' })).toMatchInlineSnapshot(`
      [
        "/timeZone profile/unknown-time-zone: "Mars/Olympus" is not an IANA time zone this runtime knows (e.g. "Europe/Stockholm")",
      ]
    `)
  })

  it('a value of the wrong type says what it got', () => {
    expect(messages({ clearedForVigorous: 'yes' })).toMatchInlineSnapshot(`
      [
        "/clearedForVigorous schema/type: must be true or false, got the string "yes"",
      ]
    `)
    expect(messages({ wake: 630 })).toMatchInlineSnapshot(`
      [
        "/wake schema/type: must be a string, got the number 630",
      ]
    `)
  })

  it('a number out of range repeats it', () => {
    expect(
      messages({ feedback: [{ date: '2026-11-24', exerciseId: 'squat', done: true, effort: 11 }] }),
    ).toMatchInlineSnapshot(`
      [
        "/feedback/0/effort schema/range: must be at most 10, got 11",
      ]
    `)
  })
})
