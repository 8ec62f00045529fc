import { readFileSync } from 'node:fs'
import { FACT_NAMES } from '@snackplan/engine'
import { describe, expect, it } from 'vitest'
import { ROOT, TABLE_FILES, TABLES, tableCells, tableIn } from '../scripts/tables'

const FIX =
  'run `npx tsx --conditions=@snackplan/source docs/scripts/tables.ts --write` (then biome check --write)'

describe('generated reference tables', () => {
  for (const [file, names] of Object.entries(TABLE_FILES)) {
    for (const name of names) {
      it(`${file} holds the current ${name} table`, () => {
        const table = tableIn(readFileSync(`${ROOT}${file}`, 'utf8'), name)
        expect(table, `${file} has no <!-- ${name}:start --> block`).toBeDefined()
        expect(tableCells(table ?? ''), `${file} is out of date: ${FIX}`).toEqual(
          tableCells(TABLES[name]!()),
        )
      })
    }
  }

  // Independent of the generator: the fact column lists exactly FACTS, in order.
  it.each(Object.entries(TABLE_FILES).filter(([, n]) => n.includes('facts')))(
    '%s lists exactly the registered facts',
    (file) => {
      const table = tableIn(readFileSync(`${ROOT}${file}`, 'utf8'), 'facts') ?? ''
      const listed = tableCells(table)
        .slice(1)
        .map((row) => row[0]!.replace(/`/g, ''))
      expect(listed).toEqual(FACT_NAMES)
    },
  )
})
