import { expandRecurrence, formatUtc, resolveWallClock, wallSpanBound } from '@snackplan/engine'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { busyFromICS } from '../../src'
import { mergeSpans } from '../../src/busy/merge'
import { calendar, vevent } from '../fixtures/ics'

const DAY = 86_400_000
const pad = (n: number, w = 2) => String(n).padStart(w, '0')
const stamp = (ms: number) => {
  const d = new Date(ms)
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`
}

// Series in floating time, read in `zone`, lasting from minutes to years.
const seriesArb = fc.record({
  start: fc
    .integer({ min: Date.UTC(2023, 0, 1) / 60_000, max: Date.UTC(2027, 0, 1) / 60_000 })
    .map((m) => m * 60_000),
  freq: fc.constantFrom('DAILY', 'HOURLY', 'WEEKLY'),
  interval: fc.integer({ min: 1, max: 5 }),
  minutes: fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 3 * 366 * 1440 })),
})

describe('busyFromICS converts only occurrences near the window, and answers as if it converted all', () => {
  it('equals expanding every occurrence since DTSTART and converting each one', () => {
    fc.assert(
      fc.property(
        fc.array(seriesArb, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 700 }).map((n) => Date.UTC(2025, 0, 1) + n * DAY),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom('UTC', 'Europe/Stockholm', 'Pacific/Chatham'),
        (series, fromMs, days, zone) => {
          const from = new Date(fromMs).toISOString().slice(0, 10)
          const to = new Date(fromMs + (days - 1) * DAY).toISOString().slice(0, 10)
          const text = calendar(
            ...series.map((s, i) =>
              vevent(
                `s${i}`,
                `DTSTART:${stamp(s.start)}`,
                `DURATION:PT${s.minutes}M`,
                `RRULE:FREQ=${s.freq};INTERVAL=${s.interval}`,
              ),
            ),
          )
          const got = busyFromICS(text, { from, to, timeZone: zone, maxOccurrences: 5_000_000 })
          // The plain path: every occurrence from DTSTART, each converted exactly.
          const windowFrom = resolveWallClock(fromMs, zone).epochMs
          const windowTo = resolveWallClock(fromMs + days * DAY, zone).epochMs
          const spans = series.flatMap((s) =>
            expandRecurrence({ freq: s.freq as 'DAILY', interval: s.interval }, s.start, {
              from: s.start,
              to: windowTo + 2 * DAY,
            }).times.flatMap((wall) => {
              // An occurrence in a DST gap holds both readings of its start.
              const start = wallSpanBound(wall, 'start', zone)
              const end = wallSpanBound(wall, 'end', zone) + s.minutes * 60_000
              const a = Math.max(start, windowFrom)
              const b = Math.min(end, windowTo)
              return b > a ? [{ start: a, end: b }] : []
            }),
          )
          const want = mergeSpans(spans).map((s) => ({
            start: formatUtc(s.start),
            end: formatUtc(s.end),
          }))
          expect(got).toEqual(want)
        },
      ),
      { numRuns: 40 },
    )
  })
})
