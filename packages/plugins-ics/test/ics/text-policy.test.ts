import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { toICS } from '../../src/ics'
import { sv } from './fixtures'

// Issue 9: free text handed straight to toICS follows the one text policy
// (`cleanText(text, 'replace')` of @snackplan/catalog), wherever it is written.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/

function readBack(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics))
  const event = cal.getFirstSubcomponent('vevent')!
  const alarm = event.getFirstSubcomponent('valarm')!
  return {
    name: String(cal.getFirstPropertyValue('name')),
    wrName: String(cal.getFirstPropertyValue('x-wr-calname')),
    calendarDescription: String(cal.getFirstPropertyValue('description')),
    summary: String(event.getFirstPropertyValue('summary')),
    description: String(event.getFirstPropertyValue('description')),
    categories: event.getFirstProperty('categories')!.getValues().map(String),
    alarm: String(alarm.getFirstPropertyValue('description')),
  }
}

describe('toICS applies the text policy to every free text', () => {
  const nfd = 'Kn\u0061\u0308b\u006F\u0308j mot stol'
  const event = {
    ...sv[0]!,
    summary: `${nfd}\t\u202E45 s`,
    description: 'Sänk dig\tlångsamt \u2066(3 s)\u2069\nhalf \uD83D pair',
    categories: ['Styrka\u200F', 'Mikro\u0301pass'],
    alarms: [{ minutesBefore: 5, description: '\u202Bnu\u202C: knäböj\u0000' }],
  }

  it('reads an NFD title back as NFC through ical.js', () => {
    const back = readBack(toICS([event]))
    expect(back.summary).toBe('Knäböj mot stol 45 s')
    expect(back.summary).toBe(back.summary.normalize('NFC'))
    expect(back.summary).not.toBe(nfd.normalize('NFD'))
  })

  it('drops bidi controls and controls, writes a TAB as a space, replaces a lone surrogate', () => {
    const back = readBack(
      toICS([event], { name: 'Snacks \u202Eeman', description: 'Mikro\ttr\u0061\u0308ning' }),
    )
    expect(back.name).toBe('Snacks eman')
    expect(back.wrName).toBe('Snacks eman')
    expect(back.calendarDescription).toBe('Mikro träning')
    expect(back.description).toBe('Sänk dig långsamt (3 s)\nhalf \uFFFD pair')
    expect(back.categories).toEqual(['Styrka', 'Mikro\u0301pass'.normalize('NFC')])
    expect(back.alarm).toBe('nu: knäböj')
    for (const value of Object.values(back).flat()) expect(value).not.toMatch(BIDI)
  })

  it('leaves clean text exactly as it was', () => {
    const clean = { ...sv[0]!, summary: 'Knäböj mot stol – 45 s', description: 'Sänk dig’ 3 s' }
    const back = readBack(toICS([clean]))
    expect(back.summary).toBe(clean.summary)
    expect(back.description).toBe(clean.description)
  })
})
