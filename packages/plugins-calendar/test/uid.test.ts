import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { snackUid, snackUids } from '../src/uid'

// The plain path: snackUid as it was before the hashed input's start was
// shared. UIDs are in people's calendars: not one byte may change.
function plainSnackUid(profileId: string, date: string, slot: number, secret?: string): string {
  const input = utf8ToBytes(JSON.stringify(['snackplan-uid-v1', profileId, date, slot]))
  const digest =
    secret === undefined || secret === '' ? sha256(input) : hmac(sha256, utf8ToBytes(secret), input)
  return `${bytesToHex(digest).slice(0, 32)}@snackplan`
}

// Any UTF-16 (lone surrogates, quotes, backslashes, controls) and long
// texts, so the shared start spans hash blocks and JSON escapes show.
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 90 }),
  fc.constantFrom('anna', 'p00001', '"', '\\', '\u2028', 'x'.repeat(55), 'å'.repeat(40)),
)
const date = fc.oneof(fc.constantFrom('2026-11-23', '2026-11-24', '2027-01-01'), text)
const slot = fc.oneof(
  fc.integer({ min: 0, max: 40 }),
  fc.constantFrom(-0, 1.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY),
)

describe('snackUids', () => {
  it('gives every (date, slot) of a profile the UID the plain hash gave, with or without a secret', () => {
    fc.assert(
      fc.property(
        text,
        fc.option(fc.oneof(text, fc.constant('')), { nil: undefined }),
        fc.array(fc.tuple(date, slot), { minLength: 1, maxLength: 8 }),
        (profileId, secret, slots) => {
          const uid = snackUids(profileId, secret)
          for (const [d, s] of slots) {
            const want = plainSnackUid(profileId, d, s, secret)
            expect(uid(d, s)).toBe(want)
            expect(snackUid(profileId, d, s, secret)).toBe(want)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('keeps the UIDs already in calendars', () => {
    expect(snackUid('anna', '2026-11-23', 1)).toBe(plainSnackUid('anna', '2026-11-23', 1))
    expect(snackUid('anna', '2026-11-23', 1)).toMatch(/^[0-9a-f]{32}@snackplan$/)
  })
})
