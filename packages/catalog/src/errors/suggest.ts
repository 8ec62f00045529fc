// "Did you mean ...?" for a misspelt key, enum value, fact or operator.

/** Edit distance with adjacent swaps counted as one edit (`wirst` -> `wrist`). */
function distance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[] = new Array(rows * cols).fill(0)
  for (let i = 0; i < rows; i++) d[i * cols] = i
  for (let j = 0; j < cols; j++) d[j] = j
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(
        (d[(i - 1) * cols + j] as number) + 1,
        (d[i * cols + j - 1] as number) + 1,
        (d[(i - 1) * cols + j - 1] as number) + cost,
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (d[(i - 2) * cols + j - 2] as number) + 1)
      }
      d[i * cols + j] = best
    }
  }
  return d[rows * cols - 1] as number
}

/**
 * The candidate nearest to `word`, when it is near enough to be what was
 * meant: the same but for letter case, or within about one edit in three
 * letters. `undefined` when nothing is that close (no wild guesses).
 *
 * @remarks Bounded: inputs are cut to 64 characters, so a hostile string
 * costs at most 64 x 64 steps per candidate.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.slice(0, 64).toLowerCase()
  let best: string | undefined
  let bestDistance = Math.max(1, Math.floor(w.length / 3))
  for (const c of candidates) {
    if (c === word) continue
    const d = distance(w, c.slice(0, 64).toLowerCase())
    if (d < bestDistance || (d === bestDistance && best === undefined)) {
      best = c
      bestDistance = d
    }
  }
  return best
}

/** `; did you mean "x"?` for the nearest candidate, or `''`. */
export function didYouMean(word: unknown, candidates: readonly string[]): string {
  if (typeof word !== 'string') return ''
  const near = nearest(word, candidates)
  return near === undefined ? '' : `; did you mean ${JSON.stringify(near)}?`
}
