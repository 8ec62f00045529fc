import fc from 'fast-check'
import {
  arbitraryHostileDocument,
  arbitraryMutatedDocument,
} from '../../../../fuzz/arbitraries/json'
import { arbitraryHostileString, arbitraryOddText } from '../../../../fuzz/arbitraries/text'
import { defineFuzzTarget } from '../../../../fuzz/harness'
import { createFeedHandler, type FeedStore } from '../../src/feed'
import { toICS } from '../../src/ics'
import { anna, catalog, fakePlanner, NOW, profiles } from '../feed/fixtures'
import { sv } from '../ics/fixtures'

const encoder = new TextEncoder()
const icsOptions = {
  name: 'Träningssnacks',
  description: 'Mikropass',
  times: 'local',
  transparency: 'transparent',
  alarms: true,
  timeZone: 'Europe/Stockholm',
  refreshHours: 12,
  prodId: '-//x//y//EN',
}

/** What every toICS output must be: CRLF lines of at most 75 octets in one VCALENDAR. */
function assertIcs(text: string): void {
  if (!text.startsWith('BEGIN:VCALENDAR\r\n') || !text.endsWith('END:VCALENDAR\r\n')) {
    throw new Error('not one VCALENDAR')
  }
  for (const line of text.slice(0, -2).split('\r\n')) {
    if (line.includes('\n') || line.includes('\r')) throw new Error('a bare CR or LF in a line')
    if (encoder.encode(line).length > 75) throw new Error(`a line over 75 octets: ${line}`)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
    if (/[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/.test(line)) {
      throw new Error(`a control or bidi character in ${JSON.stringify(line)}`)
    }
  }
}

/** toICS on mutated events (odd and huge texts, wrong types) and mutated options. */
export const toICSTarget = defineFuzzTarget({
  arbitrary: fc.record({
    events: fc.oneof(
      { weight: 5, arbitrary: arbitraryMutatedDocument(sv.slice(0, 3)) },
      {
        weight: 3,
        arbitrary: fc
          .tuple(arbitraryHostileString(50_000), arbitraryOddText(), arbitraryOddText())
          .map(([summary, description, category]) => [
            { ...sv[0]!, summary, description, categories: [category] },
          ]),
      },
      { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
    ),
    options: fc.oneof(
      { weight: 4, arbitrary: arbitraryMutatedDocument(icsOptions) },
      { weight: 1, arbitrary: fc.constant(undefined) },
    ),
  }),
  run: ({ events, options }) => assertIcs(toICS(events as never, options as never)),
})

const STATUSES = new Set([200, 304, 400, 404, 405, 500])
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'get', 'PROPFIND']

/** A store that fails the way a remote one can, or remembers. */
function storeFor(kind: 'none' | 'memory' | 'throws' | 'garbage'): FeedStore | undefined {
  if (kind === 'none') return undefined
  const held = new Map<string, unknown>()
  return {
    get: async (id) => {
      if (kind === 'throws') throw new Error('store down')
      return (kind === 'garbage' ? [{ uid: 1 }, null] : held.get(id)) as never
    },
    set: async (id, value) => {
      if (kind === 'throws') throw new Error('store down')
      held.set(id, value)
    },
  }
}

/**
 * createFeedHandler with hostile URLs, methods, headers, If-None-Match
 * values, profiles and failing stores: every answer is one of the documented
 * statuses, and a 500 only for a profile the feed refuses or a failing
 * `authorize` (a failing store is served as if it held nothing).
 */
export const feedHandlerTarget = defineFuzzTarget({
  arbitrary: fc.record({
    path: fc.oneof(
      fc.constantFrom('/anna.ics', '/lee.ics', '/nobody.ics', '/bad.ics', '/', '/anna', '/a/b.ics'),
      arbitraryOddText(30).map((t) => `/${t}.ics`),
      fc.string({ unit: 'binary', maxLength: 80 }).map((t) => `/${encodeURIComponent(t)}.ics`),
      fc.constantFrom('/%2e%2e/anna.ics', '/anna.ics%00', `/${'a'.repeat(65)}.ics`, '//anna.ics'),
    ),
    query: fc.constantFrom('', '?x=1', '?token=%ZZ', `?${'q'.repeat(5000)}`),
    method: fc.constantFrom(...METHODS),
    ifNoneMatch: fc.option(
      fc.oneof(
        fc.constantFrom('*', 'W/"x"', '"', ',,,', 'W/', '"a", W/"b", *', `"${'e'.repeat(10_000)}"`),
        // What can reach a handler: Fetch refuses header values outside Latin-1 and controls.
        arbitraryOddText(40).map((t) => t.replace(/[^\t\u0020-\u007E\u0080-\u00FF]/g, '')),
        fc
          .array(fc.constantFrom('"a"', 'W/"b"', ' ', ','), { maxLength: 2000 })
          .map((p) => p.join('')),
      ),
      { nil: undefined },
    ),
    bad: fc.option(arbitraryHostileDocument(anna), { nil: undefined, freq: 3 }),
    store: fc.constantFrom('none', 'memory', 'throws', 'garbage') as fc.Arbitrary<
      'none' | 'memory' | 'throws' | 'garbage'
    >,
    authorize: fc.constantFrom('none', 'yes', 'no', 'throws'),
  }),
  run: async ({ path, query, method, ifNoneMatch, bad, store, authorize }) => {
    const errors: unknown[] = []
    const feedStore = storeFor(store)
    const handler = createFeedHandler({
      planner: fakePlanner(),
      catalog,
      now: () => NOW,
      getProfile: (id) => (id === 'bad' ? (bad as never) : profiles[id]),
      onError: (error) => errors.push(error),
      ...(feedStore ? { store: feedStore } : {}),
      ...(authorize === 'none'
        ? {}
        : {
            authorize: () => {
              if (authorize === 'throws') throw new Error('auth down')
              return authorize === 'yes'
            },
          }),
    })
    const headers = new Headers()
    if (ifNoneMatch !== undefined) headers.set('If-None-Match', ifNoneMatch)
    const request = new Request(`https://feeds.example${path}${query}`, { method, headers })
    const response = await handler(request)
    if (!STATUSES.has(response.status)) throw new Error(`undocumented status ${response.status}`)
    await response.arrayBuffer()
    if (response.status === 500) {
      const expected = authorize === 'throws' || (path.startsWith('/bad.ics') && bad !== undefined)
      if (!expected) throw new Error(`a 500 for ${method} ${path}: ${String(errors[0])}`)
    }
  },
})
