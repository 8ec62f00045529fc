/**
 * `make`, remembered by its argument for the life of the returned function:
 * for values that repeat across one call's events (texts, dates, slots).
 * `make` must be pure and never return undefined.
 */
export function remember<K, V>(make: (key: K) => V): (key: K) => V {
  const seen = new Map<K, V>()
  return (key) => {
    let value = seen.get(key)
    if (value === undefined) {
      value = make(key)
      seen.set(key, value)
    }
    return value
  }
}
