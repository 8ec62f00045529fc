import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pointer, resolvePointer } from '../../src/index'

describe('JSON pointers', () => {
  it('resolvePointer reads back what pointer() wrote, keys with / and ~ included', () => {
    // Keys drawn from characters RFC 6901 escapes, so `~01`-style mix-ups show.
    const key = fc.stringMatching(/^[a-z~/01]{0,6}$/)
    fc.assert(
      fc.property(
        fc.array(fc.oneof(key, fc.nat({ max: 3 })), { maxLength: 5 }),
        fc.anything(),
        (path, leaf) => {
          let doc: unknown = leaf
          for (const token of [...path].reverse()) {
            doc =
              typeof token === 'number'
                ? Object.assign(new Array(token + 1).fill(null), { [token]: doc })
                : { [token]: doc }
          }
          expect(resolvePointer(doc, pointer(...path))).toBe(leaf)
        },
      ),
    )
  })

  it('follows own properties only and stops at a missing node', () => {
    const doc = { a: { 'b~1': [10, 20] } }
    expect(resolvePointer(doc, '/a/b~01/1')).toBe(20)
    expect(resolvePointer(doc, '/a/b~1/1')).toBeUndefined()
    expect(resolvePointer(doc, '/a/constructor')).toBeUndefined()
    expect(resolvePointer(doc, '/a/b~01/1/x')).toBeUndefined()
    expect(resolvePointer(doc, '')).toBe(doc)
  })
})
