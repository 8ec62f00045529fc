/**
 * Generates the reference tables in the docs from the engine's own
 * registries, so the docs cannot drift from the code. The snippet tests
 * compare the tables in the markdown files with these; after changing
 * FACTS or EVENT_KINDS, rewrite them with
 * `npx tsx --conditions=@snackplan/source docs/scripts/tables.ts --write`
 * and then `npx biome check --write docs packages/engine/README.md`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  EVENT_KINDS,
  EVENT_TYPES,
  FACT_NAMES,
  FACTS,
  type FactDefinition,
  OPERATORS,
} from '@snackplan/engine'

const code = (s: string) => `\`${s}\``
// Pipes would end a table cell.
const cell = (s: string) => s.replace(/\|/g, '\\|')

/** The fact registry as a markdown table, one row per fact in registry order. */
export function factsTable(): string {
  const rows = FACT_NAMES.map((name) => {
    const def: FactDefinition = FACTS[name]
    const values = def.values ? def.values.map(code).join(', ') : ''
    return `| ${code(name)} | ${code(def.type)} | ${def.scope} | ${OPERATORS[def.type].map(code).join(', ')} | ${values} | ${cell(def.description)} |`
  })
  return [
    '| fact | type | scope | operators | values | description |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n')
}

/** The event types as a markdown table: kind, safety, allowed fact scopes, granularity. */
export function eventKindsTable(): string {
  const rows = EVENT_TYPES.map((type) => {
    const k = EVENT_KINDS[type]
    return `| ${code(type)} | ${k.kind} | ${k.safety ? 'yes' : 'no'} | ${k.scopes.map((s) => code(`${s}.*`)).join(', ')} | once per ${k.per} |`
  })
  return [
    '| event type | kind | safety rule | facts it may use | evaluated |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n')
}

/** The generated tables, by the marker name used in the markdown. */
export const TABLES: Record<string, () => string> = {
  facts: factsTable,
  'event-kinds': eventKindsTable,
}

/** Files (relative to the repository root) and the tables each one holds. */
export const TABLE_FILES: Record<string, string[]> = {
  'docs/rules.md': ['facts', 'event-kinds'],
  'packages/engine/README.md': ['facts'],
}

/**
 * A markdown table as rows of trimmed cells, without the `---` row, so that
 * the formatter's column padding does not count as a difference.
 */
export function tableCells(table: string): string[][] {
  return table
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    )
}

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** The text between `<!-- name:start -->` and `<!-- name:end -->`, trimmed, or undefined. */
export function tableIn(markdown: string, name: string): string | undefined {
  const match = markdown.match(
    new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`),
  )
  return match?.[1]?.trim()
}

function replaceTable(markdown: string, name: string, table: string): string {
  return markdown.replace(
    new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(\\n<!-- ${name}:end -->)`),
    (_, start: string, end: string) => `${start}${table}${end}`,
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--write')) {
    for (const [file, names] of Object.entries(TABLE_FILES)) {
      const path = `${ROOT}${file}`
      let text = readFileSync(path, 'utf8')
      for (const name of names) text = replaceTable(text, name, TABLES[name]!())
      writeFileSync(path, text)
    }
  } else {
    for (const [name, table] of Object.entries(TABLES))
      process.stdout.write(`${name}\n${table()}\n\n`)
  }
}
