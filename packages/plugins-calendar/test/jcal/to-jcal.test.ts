import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { toCalendarEvents, toJCal } from '../../src'
import { catalog } from '../fixtures/catalog'
import { annaPlan } from '../fixtures/plan'

const events = toCalendarEvents(annaPlan(), {
  catalog,
  locale: 'sv',
  alarms: [{ minutesBefore: 10 }],
})

describe('toJCal', () => {
  it('writes a vcalendar with version, prodid and one vevent per event', () => {
    const jcal = toJCal(events, { name: 'Snacks' })
    expect(jcal[0]).toBe('vcalendar')
    expect(jcal[1]).toEqual([
      ['version', {}, 'text', '2.0'],
      ['prodid', {}, 'text', '-//snackplan//plugins-calendar//EN'],
      ['calscale', {}, 'text', 'GREGORIAN'],
      ['name', {}, 'text', 'Snacks'],
      ['x-wr-calname', {}, 'text', 'Snacks'],
    ])
    expect(jcal[2]).toHaveLength(3)
    const [name, props, subs] = jcal[2][0] ?? []
    expect(name).toBe('vevent')
    expect(props).toContainEqual(['dtstart', {}, 'date-time', '2026-11-23T08:30:00Z'])
    expect(props).toContainEqual(['dtend', {}, 'date-time', '2026-11-23T08:35:00Z'])
    expect(props).toContainEqual(['dtstamp', {}, 'date-time', '2026-11-23T00:00:00Z'])
    expect(props).toContainEqual(['sequence', {}, 'integer', 0])
    expect(props).toContainEqual(['categories', {}, 'text', 'Mikropass', 'Styrka'])
    expect(subs).toEqual([
      [
        'valarm',
        [
          ['action', {}, 'text', 'DISPLAY'],
          ['trigger', {}, 'duration', '-PT10M'],
          ['description', {}, 'text', 'Mikropass om 10 min: Knäböj mot stol · 45 s'],
        ],
        [],
      ],
    ])
  })

  it('is plain JSON', () => {
    const jcal = toJCal(events)
    expect(JSON.parse(JSON.stringify(jcal))).toEqual(jcal)
  })

  it('round-trips through ical.js: jCal -> iCalendar text -> the same events', () => {
    const text = new ICAL.Component(toJCal(events) as never).toString()
    const parsed = new ICAL.Component(ICAL.parse(text) as never)
    const vevents = parsed.getAllSubcomponents('vevent')
    expect(vevents).toHaveLength(events.length)
    vevents.forEach((c, i) => {
      const e = events[i]
      if (!e) throw new Error('missing event')
      const ev = new ICAL.Event(c)
      expect(ev.uid).toBe(e.uid)
      expect(ev.summary).toBe(e.summary)
      expect(ev.description).toBe(e.description)
      expect(ev.startDate.toUnixTime() * 1000).toBe(Date.parse(e.start))
      expect(ev.endDate.toUnixTime() * 1000).toBe(Date.parse(e.end))
      expect(c.getFirstPropertyValue('sequence')).toBe(e.sequence)
      expect(c.getFirstProperty('categories')?.getValues()).toEqual(e.categories)
      const alarm = c.getFirstSubcomponent('valarm')
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY')
      expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-PT10M')
    })
    expect(text).toContain('DTSTART:20261123T083000Z')
  })
})
