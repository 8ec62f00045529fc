import { readFileSync } from 'node:fs'

/** A runnable snippet found in a markdown file. */
export interface Snippet {
  /** Repository-relative file and the line of the opening fence, e.g. `docs/rules.md:42`. */
  where: string
  code: string
  /** Texts the snippet's output must contain: its `// prints: <text>` comments. */
  prints: string[]
}

// Only blocks whose info string is exactly `ts run` run; plain ```ts blocks are
// illustrations (fragments, shell-like usage) and are left alone.
const FENCE = /^```ts run[ \t]*\n([\s\S]*?)^```[ \t]*$/gm
const PRINTS = /\/\/ prints: (.+)$/gm

/** Every ```ts run block of a markdown file, with its expected output lines. */
export function extractSnippets(file: string, root: string): Snippet[] {
  const text = readFileSync(`${root}${file}`, 'utf8')
  const out: Snippet[] = []
  for (const match of text.matchAll(FENCE)) {
    const code = match[1]!
    const line = text.slice(0, match.index).split('\n').length
    out.push({
      where: `${file}:${line}`,
      code,
      prints: [...code.matchAll(PRINTS)].map((m) => m[1]!.trim()),
    })
  }
  return out
}
