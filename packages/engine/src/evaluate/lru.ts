/** Counters of a planner's rule-result cache (see `PlannerOptions.ruleCacheSize`). */
export interface RuleCacheStats {
  /** Rule-group evaluations answered from remembered results, json-rules-engine not run. */
  hits: number
  /** Rule-group evaluations json-rules-engine ran (and whose results were remembered). */
  misses: number
  /** Entries dropped, least recently used first, to stay within `maxSize`. */
  evictions: number
  /** Entries held now. */
  size: number
  /** The most entries held at once; 0 when the cache is off. */
  maxSize: number
}

/**
 * A least-recently-used map bounded to `maxSize` entries. Each entry keeps
 * the tick of its last use; when the map is full, the least recently used
 * eighth of it (at least one entry) goes at once, so that a hit costs one
 * lookup and a write, not a reordering of the map.
 */
export class Lru<V> {
  readonly maxSize: number
  evictions = 0
  readonly #map = new Map<string, { value: V; used: number }>()
  #tick = 0

  constructor(maxSize: number) {
    this.maxSize = maxSize
  }

  get size(): number {
    return this.#map.size
  }

  get(key: string): V | undefined {
    const entry = this.#map.get(key)
    if (entry === undefined) return undefined
    entry.used = ++this.#tick
    return entry.value
  }

  set(key: string, value: V): void {
    if (this.maxSize === 0) return
    const entry = this.#map.get(key)
    if (entry !== undefined) {
      entry.value = value
      entry.used = ++this.#tick
      return
    }
    if (this.#map.size >= this.maxSize) this.#evict()
    this.#map.set(key, { value, used: ++this.#tick })
  }

  /** Drops the least recently used eighth of the entries (at least one). */
  #evict(): void {
    const count = Math.max(1, Math.floor(this.maxSize / 8))
    const oldest = [...this.#map].sort((a, b) => a[1].used - b[1].used).slice(0, count)
    for (const [key] of oldest) this.#map.delete(key)
    this.evictions += oldest.length
  }
}
