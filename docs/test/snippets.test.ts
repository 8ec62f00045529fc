import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { ROOT } from '../scripts/tables'
import { extractSnippets } from './extract'

// Every guide in docs/ and every package README (plus the root README) may
// hold runnable snippets; each one runs here, from the repository root.
const FILES = [
  'README.md',
  ...readdirSync(`${ROOT}docs`)
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  ...readdirSync(`${ROOT}packages`)
    .map((p) => `packages/${p}/README.md`)
    .filter((f) => existsSync(`${ROOT}${f}`)),
]

// Snippets are written as files next to this test so that imports of
// @snackplan/* resolve through docs/node_modules with the source condition.
const DIR = `${ROOT}docs/test/.snippets/`
mkdirSync(DIR, { recursive: true })
afterAll(() => rmSync(DIR, { recursive: true, force: true }))
afterEach(() => vi.restoreAllMocks())

const snippets = FILES.flatMap((f) => extractSnippets(f, ROOT))

describe('docs snippets', () => {
  it('the docs have runnable snippets in every guide', () => {
    const files = new Set(snippets.map((s) => s.where.split(':')[0]))
    for (const page of [
      'docs/getting-started.md',
      'docs/rules.md',
      'docs/plugins.md',
      'docs/ics-and-feeds.md',
      'docs/catalog.md',
      'packages/catalog/README.md',
      'packages/engine/README.md',
      'packages/plugins-ics/README.md',
    ]) {
      expect(files, page).toContain(page)
    }
  })

  it.each(snippets.map((s, i) => [s.where, s, i] as const))('%s runs', async (_, snippet, i) => {
    const lines: string[] = []
    const capture = (...args: unknown[]) => {
      lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '))
    }
    vi.spyOn(console, 'log').mockImplementation(capture)
    const file = `${DIR}snippet-${i}.ts`
    writeFileSync(file, `// ${snippet.where}\n${snippet.code}\nexport {}\n`)
    await import(/* @vite-ignore */ file)
    const output = lines.join('\n')
    for (const expected of snippet.prints) expect(output, snippet.where).toContain(expected)
  })
})
