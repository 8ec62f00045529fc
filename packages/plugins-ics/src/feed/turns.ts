/** Work queued by key: one piece at a time per key, in the order it came. */
export class Turns {
  // The last piece queued for each key, settled or not; a key leaves once
  // its last piece has settled, so this holds only keys with work pending.
  readonly #last = new Map<string, Promise<unknown>>()

  /** Keys with work queued or running. */
  get pending(): number {
    return this.#last.size
  }

  /** Runs `work` once everything queued before it for `key` has settled. */
  take<T>(key: string, work: () => Promise<T>): Promise<T> {
    const mine = (this.#last.get(key) ?? Promise.resolve()).then(work)
    const settled = mine.then(
      () => undefined,
      () => undefined,
    )
    this.#last.set(key, settled)
    void settled.then(() => {
      if (this.#last.get(key) === settled) this.#last.delete(key)
    })
    return mine
  }
}
