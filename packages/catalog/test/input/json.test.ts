import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkCatalog } from '../../src/check/catalog'
import { findJsonError, parseJsonText } from '../../src/input/json'
import { doc } from '../fixtures/entries'

describe('parseJsonText', () => {
  it('drops a leading byte order mark (Notepad writes one)', () => {
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } })
    expect(checkCatalog(`\uFEFF${JSON.stringify(doc())}`).ok).toBe(true)
  })

  it('says where bad JSON goes wrong, as line and column, the same on every Node version', () => {
    const cases: [string, string][] = [
      ['{\n  "a": 1\n  "b": 2\n}', "line 3, column 3: expected ',' or '}', found \"\\\"\""],
      ['{"a":1,}', 'line 1, column 8: expected a property name in double quotes, found "}"'],
      ['{"a":tru}', 'line 1, column 9: expected true, found "}"'],
      ['[1,2', "line 1, column 5: expected ',' or ']', found the end of the text"],
      ['', 'line 1, column 1: unexpected the end of the text'],
      ['{"a":"x\ny"}', 'line 1, column 8: a control character in a string (escape it)'],
      ['{} {}', 'line 1, column 4: unexpected "{" after the JSON value'],
    ]
    for (const [text, where] of cases) {
      const parsed = parseJsonText(text)
      expect(parsed.ok ? '' : parsed.issue.message, text).toBe(`not valid JSON at ${where}`)
    }
  })

  it('finds an error exactly when JSON.parse fails, at the position V8 names when it names one', () => {
    const damaged = fc
      .tuple(
        fc.json({ maxDepth: 4 }),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', '\\', 'x', '\n', '[', '{', '-'),
        fc.nat({ max: 2 }),
      )
      .map(([json, at, insert, cut]) => {
        const i = at % (json.length + 1)
        return json.slice(0, i) + insert + json.slice(i + cut)
      })
    fc.assert(
      fc.property(damaged, (text) => {
        let v8: string | undefined
        try {
          JSON.parse(text)
        } catch (e) {
          v8 = (e as Error).message
        }
        const found = findJsonError(text)
        expect(found === undefined, text).toBe(v8 === undefined)
        const position = v8 && /at position (\d+)/.exec(v8)
        if (found && position) expect(found.index).toBe(Number(position[1]))
      }),
      { numRuns: 500 },
    )
  })

  it('copes with nesting far deeper than a call stack', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(199_999)}`
    expect(findJsonError(deep)).toMatchObject({ index: 399_999 })
  })
})
