import { SnackplanError, showValue } from '@snackplan/catalog'
import { objectBytes, stringBytes, WORD } from './heap-size'

/** How much a memory cache may hold; whichever limit is reached first evicts. */
export interface MemoryBounds {
  /** Most entries kept. */
  maxEntries?: number
  /** Most bytes kept, as the cache measures its values. */
  maxBytes?: number
}

/** Where a bound came from, for its error: a stable code and the option's path. */
export interface BoundNames {
  code: 'feed/store-size' | 'feed/cache-size'
  maxEntries: string
  maxBytes: string
}

function positiveInteger(value: number, path: string, code: BoundNames['code']): number {
  if (Number.isSafeInteger(value) && value >= 1) return value
  throw new SnackplanError(
    [
      {
        code,
        path,
        message: `${path.slice(1)} must be a whole number of at least 1, got ${showValue(value)}`,
      },
    ],
    'feed',
  )
}

/**
 * Each entry's own cost beside its value: its key, the `{ value, size }`
 * record and its three slots in the Map's table.
 */
export function entryBytes(key: string): number {
  return stringBytes(key) + objectBytes(2) + 3 * WORD
}

/**
 * A least-recently-used map bounded by entry count and by bytes (`sizeOf`
 * of each value, plus what the key and the entry take). Reading an entry
 * makes it the most recent; a value larger than `maxBytes` on its own is
 * not kept at all.
 */
export class Lru<V> {
  private readonly entries = new Map<string, { value: V; size: number }>()
  private total = 0
  private readonly maxEntries: number
  private readonly maxBytes: number

  constructor(
    bounds: Required<MemoryBounds>,
    private readonly sizeOf: (value: V) => number,
    names: BoundNames,
  ) {
    this.maxEntries = positiveInteger(bounds.maxEntries, names.maxEntries, names.code)
    this.maxBytes = positiveInteger(bounds.maxBytes, names.maxBytes, names.code)
  }

  /** The value under `key`, now the most recently used. */
  get(key: string): V | undefined {
    const found = this.entries.get(key)
    if (!found) return undefined
    this.entries.delete(key)
    this.entries.set(key, found)
    return found.value
  }

  /** Stores `value` as the most recent, evicting the least recent beyond the bounds. */
  set(key: string, value: V): void {
    this.delete(key)
    const size = this.sizeOf(value) + entryBytes(key)
    if (size > this.maxBytes) return
    this.entries.set(key, { value, size })
    this.total += size
    while (this.entries.size > this.maxEntries || this.total > this.maxBytes) {
      this.delete(this.entries.keys().next().value!)
    }
  }

  /** Forgets `key`. */
  delete(key: string): void {
    const found = this.entries.get(key)
    if (!found) return
    this.entries.delete(key)
    this.total -= found.size
  }

  /** Entries and bytes held now. */
  get stats(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.total }
  }
}
