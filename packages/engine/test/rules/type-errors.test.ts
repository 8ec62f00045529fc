import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// The type tests (types.test-d.ts) prove that tsc refuses each mistake; this
// pins what it says, so the types stay ones a rule author can read: the
// message names the nearest fact, operator, value or params key.
const HERE = fileURLToPath(new URL('.', import.meta.url))
const FILE = `${HERE}mistakes.ts`

const mistakes: Record<string, { rule: string; says: string }> = {
  'a typo in a fact': {
    rule: `{ name: 'r', conditions: { all: [{ fact: 'exercise.load', operator: 'contains', value: 'knee' }] }, event: { type: 'exclude' } }`,
    says: `Did you mean '"exercise.loads"'?`,
  },
  'an operator that does not exist': {
    rule: `{ name: 'r', conditions: { all: [{ fact: 'day.type', operator: 'equals', value: 'office' }] }, event: { type: 'exclude' } }`,
    says: `Type '"equals"' is not assignable to type '"equal" | "notEqual"`,
  },
  'a value not among the fact’s values': {
    rule: `{ name: 'r', conditions: { all: [{ fact: 'exercise.loads', operator: 'contains', value: 'wrists' }] }, event: { type: 'exclude' } }`,
    says: `Did you mean '"wrist"'?`,
  },
  'a value of the wrong type': {
    rule: `{ name: 'r', conditions: { all: [{ fact: 'program.day', operator: 'equal', value: '3' }] }, event: { type: 'exclude' } }`,
    says: `Type 'string' is not assignable to type 'number'.`,
  },
  'time for times in slots params': {
    rule: `{ name: 'r', conditions: { all: [{ fact: 'day.type', operator: 'equal', value: 'office' }] }, event: { type: 'slots', params: { time: ['10:00'] } } }`,
    says: `'time' does not exist in type 'SlotsParams'. Did you mean to write 'times'?`,
  },
}

function diagnostics(): string[] {
  const names = Object.keys(mistakes)
  const source = [
    `import { defineRuleSet } from '../../src/rules/define'`,
    ...names.map(
      (n, i) =>
        `export const s${i} = defineRuleSet({ id: 'x', version: '1', rules: [${mistakes[n]!.rule}] })`,
    ),
  ].join('\n')
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ['@snackplan/source'],
    types: [],
    lib: ['lib.es2022.d.ts'],
  }
  const host = ts.createCompilerHost(options)
  const read = host.readFile.bind(host)
  host.readFile = (f) => (f === FILE ? source : read(f))
  const exists = host.fileExists.bind(host)
  host.fileExists = (f) => f === FILE || exists(f)
  const program = ts.createProgram([FILE], options, host)
  const file = program.getSourceFile(FILE)
  return ts.getPreEmitDiagnostics(program, file).map((d) => {
    const line = file!.getLineAndCharacterOfPosition(d.start ?? 0).line
    return `${line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`
  })
}

describe('tsc explains a rule mistake in words', () => {
  it('one error per mistake, naming the nearest right spelling', () => {
    const found = diagnostics()
    const names = Object.keys(mistakes)
    expect(found).toHaveLength(names.length)
    names.forEach((name, i) => {
      const own = found.filter((d) => d.startsWith(`${i + 1}: `))
      expect(own, name).toHaveLength(1)
      expect(own[0], name).toContain(mistakes[name]!.says)
    })
  }, 60_000)
})
