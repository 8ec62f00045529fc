import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ifNoneMatchHits } from '../../src/feed/conditional'
import { fnv1a64 } from '../../src/feed/hash'
import { contentDisposition, newestHttpDate } from '../../src/feed/headers'
import { matchRoute, normaliseBasePath } from '../../src/feed/route'

/** FNV-1a 64 the obvious way, with BigInt, to check the limb arithmetic against. */
function fnvReference(bytes: Uint8Array): string {
  let h = 0xcbf29ce484222325n
  for (const b of bytes) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn
  return h.toString(16).padStart(16, '0')
}

describe('fnv1a64', () => {
  it('matches the published test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325')
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c')
    expect(fnv1a64('foobar')).toBe('85944171f73967e8')
  })

  it('matches a BigInt reference on any bytes and hashes strings as UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fnv1a64(bytes)).toBe(fnvReference(bytes))
      }),
    )
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(fnv1a64(text)).toBe(fnvReference(new TextEncoder().encode(text)))
      }),
    )
  })
})

describe('ifNoneMatchHits', () => {
  const tag = '"abc"'
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    [' "x", W/"abc"', true],
    ['*', true],
    [' * ', true],
    ['"abcd"', false],
    ['abc', false],
    ['"ab", "c"', false],
    ['', false],
  ])('%j -> %s', (header, hit) => {
    expect(ifNoneMatchHits(header, tag)).toBe(hit)
  })

  it('is false without the header', () => {
    expect(ifNoneMatchHits(null, tag)).toBe(false)
  })
})

describe('contentDisposition', () => {
  it('gives an ASCII fallback and an RFC 8187 filename*', () => {
    expect(contentDisposition('anna.ics')).toBe(
      `inline; filename="anna.ics"; filename*=UTF-8''anna.ics`,
    )
    expect(contentDisposition(`Träning "1" (Åsa)'s.ics`)).toBe(
      `inline; filename="Tr_ning _1_ (_sa)'s.ics"; filename*=UTF-8''Tr%C3%A4ning%20%221%22%20%28%C3%85sa%29%27s.ics`,
    )
  })

  it('round-trips any name through percent-decoding', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (name) => {
        const value = contentDisposition(name).split("filename*=UTF-8''")[1]!
        expect(value).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]*$/)
        expect(decodeURIComponent(value)).toBe(name)
      }),
    )
  })
})

describe('newestHttpDate', () => {
  it('formats the newest instant as an IMF-fixdate', () => {
    expect(
      newestHttpDate(['2026-11-23T08:30:00Z', '2026-11-30T09:15:07Z', '2026-11-24T00:00:00Z']),
    ).toBe('Mon, 30 Nov 2026 09:15:07 GMT')
  })
  it('is undefined for no or unparsable instants', () => {
    expect(newestHttpDate([])).toBeUndefined()
    expect(newestHttpDate(['not a date'])).toBeUndefined()
  })
})

describe('matchRoute', () => {
  it('normalises base paths', () => {
    expect(normaliseBasePath('')).toBe('')
    expect(normaliseBasePath('/')).toBe('')
    expect(normaliseBasePath('feeds/')).toBe('/feeds')
    expect(normaliseBasePath('/a/b//')).toBe('/a/b')
  })

  it('tells feeds, malformed ids and other paths apart', () => {
    expect(matchRoute('/anna.ics', '')).toEqual({ kind: 'feed', id: 'anna' })
    expect(matchRoute('/feeds/A_b-9.ics', '/feeds')).toEqual({ kind: 'feed', id: 'A_b-9' })
    expect(matchRoute('/feeds/%C3%A5.ics', '/feeds')).toEqual({ kind: 'bad-id' })
    expect(matchRoute('/feeds/x/y.ics', '/feeds')).toEqual({ kind: 'none' })
    expect(matchRoute('/anna.ics', '/feeds')).toEqual({ kind: 'none' })
  })
})
