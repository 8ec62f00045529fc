import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PLAN_FLAGS } from '../src/commands/plan'
import { SERVE_FLAGS } from '../src/commands/serve'
import { TEST_RULES_FLAGS } from '../src/commands/test-rules'
import { USAGE } from '../src/main'
import { ROOT } from './run'

/** The part of USAGE about one command: from its line to the next command's. */
function section(command: string): string {
  const lines = USAGE.split('\n')
  const start = lines.findIndex((l) => l.trimStart().startsWith(`snackplan ${command} `))
  const end = lines.findIndex((l, i) => i > start && /^\s*snackplan /.test(l))
  return lines.slice(start, end === -1 ? undefined : end).join('\n')
}

describe('snackplan --help', () => {
  it.each([
    ['plan', PLAN_FLAGS],
    ['serve', SERVE_FLAGS],
    ['test-rules', TEST_RULES_FLAGS],
  ])('lists every flag %s takes', (command, flags) => {
    const text = section(command)
    expect(text).not.toBe('')
    for (const name of Object.keys(flags)) expect(text).toContain(`--${name}`)
  })
})

describe('pnpm snackplan in this repository', () => {
  it("runs the CLI package's bin, which pnpm cannot link before the first build", () => {
    const read = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'))
    const { bin } = read('packages/cli/package.json') as { bin: { snackplan: string } }
    const { scripts } = read('package.json') as { scripts: Record<string, string> }
    expect(scripts.snackplan).toBe(`node ${join('packages/cli', bin.snackplan)}`)
  })
})
