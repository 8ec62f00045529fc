import { defaultCatalog, mergeCatalogs } from '@snackplan/catalog'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  canonicalJson,
  checkProfile,
  contentHash,
  createPlanner,
  defaultRules,
  isDeepFrozen,
  type Profile,
  type SnackplanPlugin,
} from '../../src/index'
import { arbitraryProfile } from '../../src/testing'
import { always, baseProfile, entry, ruleSet } from './fixtures'

const json = fc.jsonValue({ maxDepth: 3 })

describe('canonicalJson', () => {
  it('reads back as the same value, whatever the key order', () => {
    fc.assert(
      fc.property(json, (value) => {
        const text = canonicalJson(value)
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)))
        const reversed = JSON.parse(JSON.stringify(value), (_, v) =>
          v && typeof v === 'object' && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).reverse())
            : v,
        )
        expect(canonicalJson(reversed)).toBe(text)
      }),
    )
  })

  it('sorts keys, leaves out undefined and functions as JSON does', () => {
    expect(canonicalJson({ b: 1, a: [undefined, 'x'], c: undefined, f: () => 1 })).toBe(
      '{"a":[null,"x"],"b":1}',
    )
    expect(contentHash('a')).toBe(contentHash('a'))
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: '1' }))
    expect(contentHash({})).toMatch(/^[0-9a-f]{64}$/)
  })
})

const checked = (p: Profile): Profile | undefined => {
  const r = checkProfile(p)
  return r.ok ? r.value : undefined
}

describe('planner.fingerprint', () => {
  const planner = createPlanner()

  it('is equal for equal inputs on two planners, and so are the plans, byte for byte', async () => {
    const other = createPlanner({ catalog: defaultCatalog, rules: defaultRules })
    await fc.assert(
      fc.asyncProperty(
        arbitraryProfile(),
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 0, max: 5 }),
        async (profile, days, seed) => {
          const request = { profile, days, seed }
          const a = await planner.fingerprint(request)
          expect(a).toMatch(/^[0-9a-f]{64}$/)
          // A structurally equal copy, keys in another order, asked of another planner.
          const copy = JSON.parse(canonicalJson(profile)) as Profile
          expect(await other.fingerprint({ seed, days, profile: copy })).toBe(a)
          expect(JSON.stringify(await other.plan({ profile: copy, days, seed }))).toBe(
            JSON.stringify(await planner.plan(request)),
          )
        },
      ),
      { numRuns: 15 },
    )
  })

  it('changes with any change of the profile, and only then', async () => {
    const keys = fc.constantFrom<keyof Profile>(
      'locale',
      'timeZone',
      'programStart',
      'level',
      'conditions',
      'injuries',
      'equipment',
      'wake',
      'bed',
      'days',
      'busy',
      'preferences',
      'feedback',
    )
    await fc.assert(
      fc.asyncProperty(arbitraryProfile(), arbitraryProfile(), keys, async (p, q, key) => {
        // One field of p taken from q: a change of one input, or none.
        const changed = { ...p, [key]: q[key] } as Profile
        if (q[key] === undefined) delete (changed as Partial<Profile>)[key]
        // Fields of two profiles may not fit together (work after bed): skip those.
        const after = checked(changed)
        fc.pre(after !== undefined)
        const same = canonicalJson(after) === canonicalJson(checked(p))
        const a = await planner.fingerprint({ profile: p, days: 7 })
        const b = await planner.fingerprint({ profile: changed, days: 7 })
        expect(a === b).toBe(same)
      }),
      { numRuns: 100 },
    )
  })

  it('changes with the window, the seed, the rules, the catalog and the options', async () => {
    const profile = baseProfile()
    const base = await planner.fingerprint({ profile, days: 7 })
    const variants = [
      planner.fingerprint({ profile, days: 8 }),
      planner.fingerprint({ profile, days: 7, from: '2026-11-24' }),
      planner.fingerprint({ profile, days: 7, seed: 2 }),
      createPlanner({ slotMinutes: 4 }).fingerprint({ profile, days: 7 }),
      createPlanner({ builtinSafety: false }).fingerprint({ profile, days: 7 }),
      createPlanner({
        rules: [
          defaultRules,
          ruleSet(always('more', { type: 'bounds', params: { maxSnacks: 3 } })),
        ],
      }).fingerprint({ profile, days: 7 }),
      createPlanner({
        catalog: mergeCatalogs(defaultCatalog, {
          id: 'extra',
          version: '1.0.0',
          exercises: [entry('extra-hold')],
        }),
      }).fingerprint({ profile, days: 7 }),
      createPlanner({ plugins: [{ name: 'only-rules', rules: [] }] }).fingerprint({
        profile,
        days: 7,
      }),
    ]
    const all = [base, ...(await Promise.all(variants))]
    expect(all.every((f) => typeof f === 'string')).toBe(true)
    expect(new Set(all).size).toBe(all.length)
    // `days` and the equivalent `to` name the same plan.
    expect(
      await planner.fingerprint({ profile, from: profile.programStart, to: '2026-11-29' }),
    ).toBe(await planner.fingerprint({ profile, days: 7 }))
  })

  it("follows plugins' own fingerprints, and is undefined where a hook's output is unknown", async () => {
    const profile = baseProfile()
    const busy: SnackplanPlugin['busy'] = () => []
    const withMark = (mark: string | undefined) =>
      createPlanner({ plugins: [{ name: 'cal', busy, fingerprint: () => mark }] }).fingerprint({
        profile,
        days: 3,
      })
    const a = await withMark('calendar-etag-1')
    expect(a).toMatch(/^[0-9a-f]{64}$/)
    expect(await withMark('calendar-etag-2')).not.toBe(a)
    expect(await withMark(undefined)).toBeUndefined()
    for (const hook of ['busy', 'beforePlan', 'afterPlan'] as const) {
      const plugin: SnackplanPlugin = { name: 'blind', [hook]: () => undefined }
      expect(await createPlanner({ plugins: [plugin] }).fingerprint({ profile })).toBeUndefined()
    }
    const facts: SnackplanPlugin = {
      name: 'weather',
      facts: {
        'plugin.weather.rain': {
          type: 'boolean',
          scope: 'day',
          description: 'rain expected',
          value: () => false,
        },
      },
    }
    expect(await createPlanner({ plugins: [facts] }).fingerprint({ profile })).toBeUndefined()
    expect(
      await createPlanner({ plugins: [{ ...facts, fingerprint: () => 'weather-1' }] }).fingerprint({
        profile,
      }),
    ).toMatch(/^[0-9a-f]{64}$/)
  })

  it('remembers requests of profiles that cannot change, and only as the same request', async () => {
    const frozen = checked(baseProfile())!
    expect(isDeepFrozen(frozen)).toBe(true)
    expect(isDeepFrozen(baseProfile())).toBe(false)
    expect(isDeepFrozen(Object.freeze({ days: { mon: {} } }))).toBe(false)
    const plain = await planner.fingerprint({ profile: baseProfile(), days: 7 })
    for (let i = 0; i < 2; i++) {
      expect(await planner.fingerprint({ profile: frozen, days: 7 })).toBe(plain)
      expect(await planner.fingerprint({ profile: frozen, days: 8 })).not.toBe(plain)
      expect(await planner.fingerprint({ profile: frozen, days: '7' as never })).toBeUndefined()
    }
  })

  it('is undefined for a request plan() would refuse', async () => {
    expect(await planner.fingerprint({ profile: baseProfile(), days: 0 })).toBeUndefined()
    expect(await planner.fingerprint({ profile: { id: 'x' } as never })).toBeUndefined()
  })
})

describe('planner.prepare', () => {
  // A catalog that counts how often its exercise list is read.
  const counted = () => {
    const reads = { exercises: 0 }
    const catalog = new Proxy(defaultCatalog, {
      get(target, key, receiver) {
        if (key === 'exercises') reads.exercises++
        return Reflect.get(target, key, receiver)
      },
    })
    return { catalog, reads }
  }

  it("hashes the planner's own part once, ahead of the first fingerprint", async () => {
    const { catalog, reads } = counted()
    const planner = createPlanner({ catalog })
    const before = reads.exercises
    planner.prepare()
    expect(reads.exercises).toBe(before + 1)
    planner.prepare()
    await planner.fingerprint({ profile: baseProfile(), days: 7 })
    expect(reads.exercises).toBe(before + 1)
  })

  it('leaves fingerprints and plans as they are without it', async () => {
    const prepared = createPlanner()
    prepared.prepare()
    const plain = createPlanner()
    await fc.assert(
      fc.asyncProperty(
        arbitraryProfile(),
        fc.integer({ min: 1, max: 7 }),
        async (profile, days) => {
          const request = { profile, days }
          expect(await prepared.fingerprint(request)).toBe(await plain.fingerprint(request))
          expect(JSON.stringify(await prepared.plan(request))).toBe(
            JSON.stringify(await plain.plan(request)),
          )
        },
      ),
      { numRuns: 10 },
    )
  })
})
