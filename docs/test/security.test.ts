import { readFileSync } from 'node:fs'
import { DEFAULT_LIMITS, MAX_ERRORS, MAX_MESSAGE } from '@snackplan/catalog'
import { MAX_RRULE_INTERVAL, MAX_RRULE_LENGTH } from '@snackplan/engine'
import { busyFromICS } from '@snackplan/plugins-calendar'
import {
  createFeedHandler,
  DEFAULT_FEED_TIMEOUT_MS,
  DEFAULT_NODE_TIMEOUT_MS,
  FEED_ID_PATTERN,
  MAX_LINE_OCTETS,
} from '@snackplan/plugins-ics'
import { describe, expect, it } from 'vitest'
import { MAX_ENTRIES } from '../../packages/catalog/src/schema/catalog'
import { MAX_BUSY, MAX_FEEDBACK } from '../../packages/engine/src/profile/schema'
import { MAX_RULES } from '../../packages/engine/src/rules/limits'
import { ROOT, tableCells, tableIn } from '../scripts/tables'

// The value each row of the limits table in docs/security.md must show.
// Each limit's behaviour is tested next to its code; this keeps the page true.
function busyDefaults(): { maxLength: number; maxOccurrences: number } {
  const secondly = [
    'BEGIN:VCALENDAR',
    'BEGIN:VEVENT',
    'UID:s',
    'DTSTART:20000101T000000Z',
    'RRULE:FREQ=SECONDLY',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n')
  const said = (fn: () => unknown) => {
    try {
      fn()
    } catch (e) {
      return Number(
        /the limit is (\d+)|over (\d+)/
          .exec((e as Error).message)
          ?.slice(1)
          .find(Boolean),
      )
    }
    return Number.NaN
  }
  return {
    maxLength: said(() =>
      busyFromICS(' '.repeat(20_000_001), { from: '2026-01-01', to: '2026-01-02' }),
    ),
    maxOccurrences: said(() => busyFromICS(secondly, { from: '2026-01-01', to: '2026-01-02' })),
  }
}

/** The longest id FEED_ID_PATTERN lets through. */
function longestFeedId(): number {
  let n = 1
  while (FEED_ID_PATTERN.test('a'.repeat(n + 1))) n++
  return n
}

/** The most days createFeedHandler accepts in a window. */
function longestFeedWindow(): number {
  const accepts = (days: number) => {
    try {
      createFeedHandler({
        planner: { plan: async () => Promise.reject(new Error('unused')) },
        getProfile: () => undefined,
        window: { pastDays: 0, futureDays: days - 1 },
      })
      return true
    } catch {
      return false
    }
  }
  let days = 1
  while (accepts(days + 1) && days < 10_000) days++
  return days
}

describe('docs/security.md', () => {
  it('names every limit with the value the code uses', () => {
    const busy = busyDefaults()
    const expected: Record<string, number> = {
      'characters in a document': DEFAULT_LIMITS.maxChars,
      'values in a document': DEFAULT_LIMITS.maxNodes,
      'nesting depth': DEFAULT_LIMITS.maxDepth,
      'characters in one string': DEFAULT_LIMITS.maxString,
      'items in one list': DEFAULT_LIMITS.maxItems ?? Number.NaN,
      'keys in one object': DEFAULT_LIMITS.maxKeys ?? Number.NaN,
      'characters in one key': DEFAULT_LIMITS.maxKeyLength ?? Number.NaN,
      'characters in one issue message': MAX_MESSAGE,
      'issues reported by one check': MAX_ERRORS,
      'rules in a rule set': MAX_RULES,
      'exercises in a catalog': MAX_ENTRIES,
      'busy blocks in a profile': MAX_BUSY,
      'feedback entries in a profile': MAX_FEEDBACK,
      "characters in a trigger's RRULE": MAX_RRULE_LENGTH,
      "a trigger's `HOURLY` INTERVAL": MAX_RRULE_INTERVAL.HOURLY,
      "a trigger's `MINUTELY` INTERVAL": MAX_RRULE_INTERVAL.MINUTELY,
      'calendar text': busy.maxLength,
      'calendar work': busy.maxOccurrences,
      'octets in one ICS line': MAX_LINE_OCTETS,
      'characters in a feed id': longestFeedId(),
      'days in a feed window': longestFeedWindow(),
      'feed request time, ms': DEFAULT_FEED_TIMEOUT_MS,
      'Node response time, ms': DEFAULT_NODE_TIMEOUT_MS,
    }
    const table = tableIn(readFileSync(`${ROOT}docs/security.md`, 'utf8'), 'limits') ?? ''
    const rows = tableCells(table).slice(1)
    const shown = Object.fromEntries(
      rows.map(([name = '', value = '']) => [
        name.replace(/ \(.*\)$/, ''),
        Number(value.replace(/ /g, '')),
      ]),
    )
    expect(shown).toEqual(expected)
  })
})
