import { readFileSync } from 'node:fs'
import { type Catalog, defaultCatalog, mergeCatalogs } from '@snackplan/catalog'
import {
  canonicalJson,
  checkProfile,
  createPlanner,
  defaultRules,
  defineRuleSet,
  type PlanRequest,
  type Profile,
  type SnackplanPlugin,
} from '@snackplan/engine'
import { arbitraryProfile } from '@snackplan/engine/testing'
import { toCalendarEvents } from '@snackplan/plugins-calendar'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  createFeedHandler,
  type FeedHandlerOptions,
  type FeedPlanner,
  memoryFeedCache,
  memoryFeedStore,
} from '../../src/feed'
import { fnv1a64 } from '../../src/feed/hash'
import { toICS as defaultSerialize } from '../../src/ics'
import { send } from './setup'

const anna: Profile = JSON.parse(
  readFileSync(new URL('../../../../examples/profiles/anna.json', import.meta.url), 'utf8'),
)
const NOW = new Date('2026-11-30T12:00:00Z')

/** A real planner that counts how often it plans. */
function counting(planner: FeedPlanner = createPlanner()) {
  const counted = {
    plans: 0,
    catalog: planner.catalog,
    fingerprint: planner.fingerprint?.bind(planner),
    plan(request: PlanRequest) {
      counted.plans++
      return planner.plan(request)
    },
  }
  return counted
}

function feed(overrides: Partial<FeedHandlerOptions> = {}) {
  const planner = counting()
  const errors: unknown[] = []
  const handler = createFeedHandler({
    planner,
    getProfile: (id) => (id === 'anna' ? anna : undefined),
    now: () => NOW,
    onError: (e) => errors.push(e),
    window: { pastDays: 1, futureDays: 6 },
    ...overrides,
  })
  return { handler, planner, errors }
}

const conditional = (etag: string) => ({ headers: { 'If-None-Match': etag } })

describe('an ETag known before planning', () => {
  it("does the planner's one-time work when the handler is made, not in a request", () => {
    const planner = createPlanner()
    const calls: string[] = []
    createFeedHandler({
      planner: {
        catalog: planner.catalog,
        plan: (request) => planner.plan(request),
        prepare: () => calls.push('prepare'),
      },
      getProfile: () => anna,
    })
    expect(calls).toEqual(['prepare'])
    // A planner without prepare() is served as before.
    expect(() =>
      createFeedHandler({ planner: { plan: planner.plan }, getProfile: () => anna }),
    ).not.toThrow()
  })

  it('answers a matching If-None-Match with 304 without planning or serialising', async () => {
    let serialised = 0
    const { handler, planner } = feed({
      serialize: (events, options) => {
        serialised++
        return defaultSerialize(events, options)
      },
      fingerprint: 'default serializer, counted',
    })
    const first = await send(handler, '/anna.ics')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/)
    expect([planner.plans, serialised]).toEqual([1, 1])
    for (const method of ['GET', 'HEAD']) {
      const again = await send(handler, '/anna.ics', { method, ...conditional(etag) })
      expect(again.status).toBe(304)
      expect(again.headers.get('etag')).toBe(etag)
      expect(again.headers.get('cache-control')).toBe('public, max-age=3600')
      expect(again.body).toBeNull()
    }
    expect([planner.plans, serialised]).toEqual([1, 1])
    // Another tag plans again and gives the same bytes under the same ETag.
    const other = await send(handler, '/anna.ics', conditional('"0000"'))
    expect(other.status).toBe(200)
    expect(other.headers.get('etag')).toBe(etag)
    expect(await other.text()).toBe(await first.text())
    expect(planner.plans).toBe(2)
  })

  it('serves a repeated 200 from the body cache without planning, within its bounds', async () => {
    const cache = memoryFeedCache({ maxEntries: 2 })
    const { handler, planner } = feed({ cache })
    const first = await send(handler, '/anna.ics')
    const body = await first.text()
    const second = await send(handler, '/anna.ics')
    expect(second.status).toBe(200)
    expect(await second.text()).toBe(body)
    expect(Object.fromEntries(second.headers)).toEqual(Object.fromEntries(first.headers))
    expect(planner.plans).toBe(1)
    // The body's bytes and a few hundred for its objects, key and Last-Modified.
    const overhead = cache.stats.bytes - new TextEncoder().encode(body).byteLength
    expect(cache.stats.entries).toBe(1)
    expect(overhead).toBeGreaterThan(200)
    expect(overhead).toBeLessThan(1024)
    const head = await send(handler, '/anna.ics', { method: 'HEAD' })
    expect(head.body).toBeNull()
    expect(head.headers.get('content-length')).toBe(first.headers.get('content-length'))
    // Three windows, two entries: the oldest is dropped.
    let day = 0
    const rolling = feed({ cache, now: () => new Date(NOW.getTime() + day * 86_400_000) })
    for (day = 1; day <= 3; day++) await send(rolling.handler, '/anna.ics')
    expect(cache.stats.entries).toBe(2)
    expect(rolling.planner.plans).toBe(3)
  })

  it('falls back to planning and a hash of the body when a plugin hook cannot be named', async () => {
    const busy: SnackplanPlugin = { name: 'meetings', busy: () => [] }
    const planner = counting(createPlanner({ plugins: [busy] }))
    const { handler } = feed({ planner, cache: memoryFeedCache() })
    const first = await send(handler, '/anna.ics')
    const body = new Uint8Array(await first.arrayBuffer())
    expect(first.headers.get('etag')).toBe(`"${fnv1a64(body)}"`)
    const again = await send(handler, '/anna.ics', conditional(first.headers.get('etag')!))
    expect(again.status).toBe(304)
    expect(planner.plans).toBe(2)
    // With the plugin's own fingerprint the validator is known before planning again.
    const named = counting(createPlanner({ plugins: [{ ...busy, fingerprint: () => 'none' }] }))
    const withMark = feed({ planner: named })
    const tag = (await send(withMark.handler, '/anna.ics')).headers.get('etag')!
    expect((await send(withMark.handler, '/anna.ics', conditional(tag))).status).toBe(304)
    expect(named.plans).toBe(1)
  })

  it('falls back for custom steps or lookups unless a fingerprint names them', async () => {
    const toEvents: FeedHandlerOptions['toEvents'] = (plan, options) =>
      toCalendarEvents(plan, options)
    const lookup = { get: (id: string) => defaultCatalog.get(id) }
    for (const custom of [{ toEvents }, { catalog: lookup }]) {
      const blind = feed(custom)
      const tag = (await send(blind.handler, '/anna.ics')).headers.get('etag')!
      expect(tag).toMatch(/^"[0-9a-f]{16}"$/)
      await send(blind.handler, '/anna.ics', conditional(tag))
      expect(blind.planner.plans).toBe(2)
      const named = feed({ ...custom, fingerprint: 'my-events-v1' })
      const known = (await send(named.handler, '/anna.ics')).headers.get('etag')!
      expect(known).toMatch(/^"[0-9a-f]{32}"$/)
      expect((await send(named.handler, '/anna.ics', conditional(known))).status).toBe(304)
      expect(named.planner.plans).toBe(1)
    }
  })

  it('with a store, names what the store holds: 304 until a snack changes, then a new tag', async () => {
    let profile = anna
    let clock = new Date('2026-11-23T05:00:00Z')
    const store = memoryFeedStore()
    const planner = counting()
    const { handler } = feed({ planner, store, getProfile: () => profile, now: () => clock })
    const first = await send(handler, '/anna.ics')
    const etag = first.headers.get('etag')!
    clock = new Date('2026-11-23T06:00:00Z')
    expect((await send(handler, '/anna.ics', conditional(etag))).status).toBe(304)
    expect(planner.plans).toBe(1)
    // Planned again (another tag asked for), unchanged: the same bytes and tag, the store untouched.
    const again = await send(handler, '/anna.ics')
    expect(again.headers.get('etag')).toBe(etag)
    expect(await again.text()).toBe(await first.text())
    // A meeting moves a snack: a new tag, and that one validates without planning.
    clock = new Date('2026-11-23T07:00:00Z')
    profile = { ...anna, busy: [{ start: '2026-11-26T09:00', end: '2026-11-26T10:30' }] }
    const changed = await send(handler, '/anna.ics')
    const tag = changed.headers.get('etag')!
    expect(tag).not.toBe(etag)
    expect(await changed.text()).toContain('SEQUENCE:1')
    const plans = planner.plans
    expect((await send(handler, '/anna.ics', conditional(tag))).status).toBe(304)
    expect(planner.plans).toBe(plans)
  })
})

// Everything a feed body depends on, as plain values the property can vary one at a time.
interface Inputs {
  profile: Profile
  day: number
  pastDays: number
  futureDays: number
  seed: number
  locale: 'en' | 'sv' | 'da' | null
  alarm: number | null
  times: 'local' | 'utc'
  name: string | null
  refreshHours: number
  minDurationMin: number
  uidSecret: string | null
  maxSnacks: number | null
  extraExercise: number | null
  pluginMark: string | null
  fingerprint: string | null
  storedAt: number | null
}

const arbitraries: { [K in keyof Inputs]: fc.Arbitrary<Inputs[K]> } = {
  profile: arbitraryProfile({ programStart: { min: '2026-11-01', max: '2026-12-31' }, maxBusy: 2 }),
  day: fc.integer({ min: 0, max: 30 }),
  pastDays: fc.integer({ min: 0, max: 2 }),
  futureDays: fc.integer({ min: 0, max: 4 }),
  seed: fc.integer({ min: 0, max: 3 }),
  locale: fc.constantFrom('en' as const, 'sv' as const, 'da' as const, null),
  alarm: fc.option(fc.integer({ min: 0, max: 15 })),
  times: fc.constantFrom('local' as const, 'utc' as const),
  name: fc.option(fc.constantFrom('Snacks', 'Träning', 'Mikrotræning')),
  refreshHours: fc.integer({ min: 1, max: 24 }),
  minDurationMin: fc.integer({ min: 0, max: 10 }),
  uidSecret: fc.option(fc.constantFrom('s3cret', 'another secret')),
  maxSnacks: fc.option(fc.integer({ min: 1, max: 6 })),
  extraExercise: fc.option(fc.integer({ min: 20, max: 60 })),
  pluginMark: fc.option(fc.constantFrom('calendar-etag-1', 'calendar-etag-2')),
  fingerprint: fc.option(fc.constantFrom('deploy-1', 'deploy-2')),
  storedAt: fc.option(fc.integer({ min: 0, max: 5 })),
}
const arbitraryInputs = fc.record(arbitraries)
const KEYS = Object.keys(arbitraries) as (keyof Inputs)[]

const catalogs = new Map<number, Catalog>()
function catalogFor(extra: number | null): Catalog {
  if (extra === null) return defaultCatalog
  let catalog = catalogs.get(extra)
  if (!catalog) {
    const base = defaultCatalog.get('wall-sit')!
    const dose = { ...base.dose, default: extra, max: Math.max(extra, base.dose.max) }
    const entry = { ...base, id: 'extra-wall-sit', dose }
    catalog = mergeCatalogs(defaultCatalog, { id: 'extra', version: '1', exercises: [entry] })
    catalogs.set(extra, catalog)
  }
  return catalog
}

/** A fresh handler (planner, store and all) for one set of inputs. */
async function handlerFor(inputs: Inputs) {
  const rules =
    inputs.maxSnacks === null
      ? defaultRules
      : [
          defaultRules,
          defineRuleSet({
            id: 'fewer',
            version: '1.0.0',
            rules: [
              {
                name: 'fewer-snacks',
                conditions: { all: [{ fact: 'day.type', operator: 'notEqual', value: 'rest' }] },
                event: { type: 'bounds', params: { maxSnacks: inputs.maxSnacks } },
              },
            ],
          }),
        ]
  const plugins: SnackplanPlugin[] =
    inputs.pluginMark === null
      ? []
      : [{ name: 'calendar', busy: () => [], fingerprint: () => inputs.pluginMark ?? undefined }]
  const planner = createPlanner({ catalog: catalogFor(inputs.extraExercise), rules, plugins })
  const at = (day: number) => new Date(Date.UTC(2026, 10, 16 + day, 12))
  let now = at(inputs.day)
  const options: FeedHandlerOptions = {
    planner,
    catalog: planner.catalog,
    getProfile: () => inputs.profile,
    now: () => now,
    seed: inputs.seed,
    window: { pastDays: inputs.pastDays, futureDays: inputs.futureDays },
    times: inputs.times,
    ics: { refreshHours: inputs.refreshHours },
    events: {
      minDurationMin: inputs.minDurationMin,
      ...(inputs.uidSecret === null ? {} : { uidSecret: inputs.uidSecret }),
    },
    ...(inputs.locale === null ? {} : { locale: inputs.locale }),
    ...(inputs.alarm === null ? {} : { alarms: [{ minutesBefore: inputs.alarm }] }),
    ...(inputs.name === null ? {} : { name: inputs.name }),
    ...(inputs.fingerprint === null ? {} : { fingerprint: inputs.fingerprint }),
  }
  let stored: unknown = null
  if (inputs.storedAt !== null) {
    // What the store holds: the same feed served once before, at another hour.
    const store = memoryFeedStore()
    options.store = store
    now = new Date(at(inputs.day).getTime() - (inputs.storedAt + 1) * 3_600_000)
    await createFeedHandler(options)(new Request('https://feeds.example/x.ics'))
    now = at(inputs.day)
    stored = await store.get('x')
  }
  return { handler: createFeedHandler(options), stored }
}

async function served(inputs: Inputs) {
  const { handler, stored } = await handlerFor(inputs)
  const response = await send(handler, '/x.ics')
  expect(response.status).toBe(200)
  return { etag: response.headers.get('etag')!, body: await response.text(), stored }
}

// The value an input has once defaults apply: no locale option means the
// profile's own, and a profile means what checkProfile makes of it.
function effective(inputs: Inputs, key: keyof Inputs): unknown {
  if (key === 'locale') return inputs.locale ?? inputs.profile.locale
  if (key === 'profile') {
    const checked = checkProfile(inputs.profile)
    return [checked.ok ? checked.value : inputs.profile, inputs.locale ?? inputs.profile.locale]
  }
  return inputs[key]
}

describe('the validator, as a property', () => {
  it('changes with any change of any input; equal inputs give equal validators and bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryInputs,
        fc.constantFrom(...KEYS),
        arbitraryInputs,
        async (a, key, other) => {
          // b differs from a in at most one input, taken from another draw.
          const b = { ...a, [key]: other[key] } as Inputs
          const [x, y] = [await served(a), await served(b)]
          // The store's input is what it holds: two histories may leave the same.
          const same =
            key === 'storedAt'
              ? canonicalJson(x.stored) === canonicalJson(y.stored)
              : canonicalJson(effective(a, key)) === canonicalJson(effective(b, key))
          expect(x.etag).toMatch(/^"[0-9a-f]{32}"$/)
          if (same) {
            expect(y.etag).toBe(x.etag)
            expect(y.body).toBe(x.body)
          } else {
            expect(y.etag, `changing ${key} must change the validator`).not.toBe(x.etag)
          }
        },
      ),
      { numRuns: 40 },
    )
  }, 240_000)
})
