import type { PreviousEvent } from '@snackplan/plugins-calendar'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { memoryFeedCache, memoryFeedStore } from '../../src/feed'
import { entryBytes, Lru } from '../../src/feed/lru'
import { toPrevious } from '../../src/feed/store'

const names = { code: 'feed/cache-size', maxEntries: '/maxEntries', maxBytes: '/maxBytes' } as const

describe('Lru', () => {
  it('stays within its entry and byte bounds and keeps the most recently used', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 600 }),
        fc.array(
          fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), fc.nat(200), fc.boolean()),
        ),
        (maxEntries, maxBytes, steps) => {
          const lru = new Lru<number>({ maxEntries, maxBytes }, (n) => n, names)
          const model = new Map<string, number>()
          for (const [key, size, read] of steps) {
            if (read) {
              const value = model.get(key)
              expect(lru.get(key)).toBe(value)
              if (value !== undefined) {
                model.delete(key)
                model.set(key, value)
              }
              continue
            }
            lru.set(key, size)
            model.delete(key)
            // An entry costs its value and its own bookkeeping.
            if (size + entryBytes(key) <= maxBytes) model.set(key, size)
            const total = () =>
              [...model].reduce((sum, [k, value]) => sum + value + entryBytes(k), 0)
            while (model.size > maxEntries || total() > maxBytes) {
              model.delete(model.keys().next().value!)
            }
            expect(lru.stats).toEqual({ entries: model.size, bytes: total() })
            expect(lru.stats.entries).toBeLessThanOrEqual(maxEntries)
            expect(lru.stats.bytes).toBeLessThanOrEqual(maxBytes)
          }
        },
      ),
    )
  })

  it('refuses bounds that could hold nothing, with the option path', () => {
    expect(() => memoryFeedCache({ maxBytes: 0 })).toThrow(
      expect.objectContaining({ code: 'feed/cache-size', path: '/maxBytes' }),
    )
    expect(() => memoryFeedCache({ maxEntries: 1.5 })).toThrow(/maxEntries/)
    expect(() => memoryFeedStore({ maxBytes: -1 })).toThrow(
      expect.objectContaining({ code: 'feed/store-size', path: '/maxBytes' }),
    )
  })
})

const event = (uid: string, description: string): PreviousEvent => ({
  uid,
  start: '2026-11-23T08:30:00Z',
  end: '2026-11-23T08:35:00Z',
  summary: 'Chair squat · 45 s',
  description,
  sequence: 0,
  stamp: '2026-11-23T00:00:00Z',
})

describe('memoryFeedStore', () => {
  it('forgets the least recently used profile beyond maxProfiles or maxBytes', async () => {
    const store = memoryFeedStore({ maxProfiles: 2 })
    for (const id of ['a', 'b']) await store.set(id, [event(id, 'x')])
    await store.get('a')
    await store.set('c', [event('c', 'x')])
    expect(await store.get('b')).toBeUndefined()
    expect(await store.get('a')).toHaveLength(1)

    // One record takes about 900 bytes: its objects, strings and entry.
    const small = memoryFeedStore({ maxBytes: 1500 })
    await small.set('a', [event('a', 'y'.repeat(400))])
    await small.set('b', [event('b', 'y'.repeat(400))])
    expect(await small.get('a')).toBeUndefined()
    expect(await small.get('b')).toHaveLength(1)
  })

  it('counts a text shared by many events of a profile once', async () => {
    // 100 events with one 1,000-character description: about 1 kB of text
    // and 100 x 256 B of objects and short strings, not 100 x 1 kB.
    const text = 'z'.repeat(1000)
    const events = toPrevious(Array.from({ length: 100 }, (_, i) => event(`e${i}`, text)))
    const store = memoryFeedStore({ maxBytes: 30_000 })
    await store.set('a', events)
    expect(await store.get('a')).toHaveLength(100)
    const distinct = events.map((e, i) => ({ ...e, description: `${text}${i}` }))
    await store.set('b', distinct)
    expect(await store.get('b')).toBeUndefined()
  })

  it('keeps the texts of every event, repeated ones included', () => {
    const text = (n: number) => ['Dose: 45 s.', 'Stop on sharp pain.', String(n % 2)].join('\n')
    const kept = toPrevious([event('a', text(0)), event('b', text(2)), event('c', text(1))])
    expect(kept.map((e) => e.description)).toEqual([text(0), text(2), text(1)])
  })
})
