// FNV-1a 64 in pure JS over four 16-bit limbs: exact integer arithmetic in
// doubles, no BigInt in the loop, no node:crypto and no async Web Crypto, so
// the same code runs in Node, browsers, Deno, Bun and workerd.
const encoder = new TextEncoder()

/**
 * The 64-bit FNV-1a hash of some bytes (or of a string's UTF-8 bytes), as 16
 * lowercase hex digits. Not cryptographic: used for ETags, where an accidental
 * collision is astronomically unlikely and nobody gains from forging one.
 *
 * @example fnv1a64('a') === 'af63dc4c8601ec8c'
 */
export function fnv1a64(input: string | Uint8Array): string {
  const bytes = typeof input === 'string' ? encoder.encode(input) : input
  // Offset basis 0xcbf29ce484222325, lowest limb first.
  let h0 = 0x2325
  let h1 = 0x8422
  let h2 = 0x9ce4
  let h3 = 0xcbf2
  for (let i = 0; i < bytes.length; i++) {
    h0 ^= bytes[i]!
    // h * 0x100000001b3 mod 2^64 == h * 0x1b3 + (h << 40).
    const t0 = h0 * 0x1b3
    let t1 = h1 * 0x1b3
    let t2 = h2 * 0x1b3 + (h0 << 8)
    let t3 = h3 * 0x1b3 + (h1 << 8)
    t1 += t0 >>> 16
    t2 += t1 >>> 16
    t3 += t2 >>> 16
    h0 = t0 & 0xffff
    h1 = t1 & 0xffff
    h2 = t2 & 0xffff
    h3 = t3 & 0xffff
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('')
}
