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
 * A least-recently-used map bounded to `maxSize` entries. A Map keeps
 * insertion order, so moving an entry to the end on each use makes the
 * first entry the least recently used one.
 */
export class Lru<V> {
  readonly maxSize: number
  evictions = 0
  readonly #map = new Map<string, V>()

  constructor(maxSize: number) {
    this.maxSize = maxSize
  }

  get size(): number {
    return this.#map.size
  }

  get(key: string): V | undefined {
    const value = this.#map.get(key)
    if (value !== undefined) {
      this.#map.delete(key)
      this.#map.set(key, value)
    }
    return value
  }

  set(key: string, value: V): void {
    if (this.maxSize === 0) return
    this.#map.delete(key)
    this.#map.set(key, value)
    if (this.#map.size > this.maxSize) {
      this.#map.delete(this.#map.keys().next().value as string)
      this.evictions++
    }
  }
}
