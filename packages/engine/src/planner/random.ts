/** FNV-1a over a string: a stable 32-bit hash for seeding. */
export function hash32(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/**
 * A small seeded PRNG (mulberry32). Every random choice in a plan comes from
 * one of these, seeded from the request seed plus what is being chosen, so a
 * plan never depends on call order across days.
 */
export function prng(seed: number, ...salt: (string | number)[]): () => number {
  let a = hash32(`${seed}|${salt.join('|')}`)
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A whole number in [min, max] from `random`. */
export function pickInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}
