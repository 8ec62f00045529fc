import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Lru } from '../../src/evaluate/lru'

// The plain model: keys in order of last use, the least recent first.
function model(maxSize: number) {
  const order: string[] = []
  const values = new Map<string, number>()
  const touch = (key: string) => {
    order.splice(order.indexOf(key), 1)
    order.push(key)
  }
  return {
    get(key: string) {
      if (values.has(key)) touch(key)
      return values.get(key)
    },
    set(key: string, value: number) {
      if (maxSize === 0) return
      if (values.has(key)) touch(key)
      else {
        if (order.length >= maxSize) {
          for (const old of order.splice(0, Math.max(1, Math.floor(maxSize / 8))))
            values.delete(old)
        }
        order.push(key)
      }
      values.set(key, value)
    },
    keys: () => [...order].sort(),
  }
}

describe('Lru', () => {
  it('holds what the least-recently-used model holds, never more than its bound', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }),
        fc.array(
          fc.tuple(fc.boolean(), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), fc.nat()),
          { maxLength: 300 },
        ),
        (maxSize, ops) => {
          const lru = new Lru<number>(maxSize)
          const plain = model(maxSize)
          for (const [isSet, key, value] of ops) {
            if (isSet) {
              lru.set(key, value)
              plain.set(key, value)
            } else expect(lru.get(key)).toBe(plain.get(key))
            expect(lru.size).toBeLessThanOrEqual(maxSize)
          }
          for (const key of plain.keys()) expect(lru.get(key)).toBe(plain.get(key))
          expect(lru.size).toBe(plain.keys().length)
        },
      ),
      { numRuns: 500 },
    )
  })
})
