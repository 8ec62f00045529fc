import type { CalendarEvent } from '@snackplan/plugins-calendar'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toICS } from '../../src/ics'
import { arbitraryEvents } from './arbitraries'
import { byUid, expectedEvents } from './expected'
import { fixtures } from './fixtures'
import { nodeIcalReadsTextExactly, parseWithIcalJs, parseWithNodeIcal } from './parsers'

const TIMES = ['local', 'utc'] as const

describe('parsed back with ical.js', () => {
  it.each(Object.entries(fixtures))(
    'gives the %s fixtures back, in both time modes',
    (_l, events) => {
      for (const times of TIMES) {
        expect(parseWithIcalJs(toICS(events, { times })).sort(byUid)).toEqual(
          expectedEvents(events),
        )
      }
    },
  )

  it('gives back uid, start, end, summary and description of generated hostile events', () => {
    fc.assert(
      fc.property(arbitraryEvents, fc.constantFrom(...TIMES), (events, times) => {
        expect(parseWithIcalJs(toICS(events, { times })).sort(byUid)).toEqual(
          expectedEvents(events),
        )
      }),
    )
  })
})

describe('parsed back with node-ical', () => {
  // node-ical misreads two kinds of text (see nodeIcalReadsTextExactly); for
  // those the text is left out of the comparison, never the instants.
  const compare = (events: CalendarEvent[], times: (typeof TIMES)[number]): void => {
    const want = expectedEvents(events)
    const got = parseWithNodeIcal(toICS(events, { times })).sort(byUid)
    expect(got.map(({ uid, start, end }) => ({ uid, start, end }))).toEqual(
      want.map(({ uid, start, end }) => ({ uid, start, end })),
    )
    want.forEach((w, i) => {
      if (nodeIcalReadsTextExactly(w.summary)) expect(got[i]!.summary).toBe(w.summary)
      if (nodeIcalReadsTextExactly(w.description)) expect(got[i]!.description).toBe(w.description)
    })
  }

  it.each(Object.entries(fixtures))('gives the %s fixtures back exactly', (_l, events) => {
    for (const times of TIMES) {
      expect(parseWithNodeIcal(toICS(events, { times })).sort(byUid)).toEqual(
        expectedEvents(events),
      )
    }
  })

  it('gives back the instants and (outside its two unescape bugs) the text of hostile events', () => {
    fc.assert(fc.property(arbitraryEvents, fc.constantFrom(...TIMES), (e, t) => compare(e, t)))
  })
})
