import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderAll } from '../scripts/render'

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')

describe('generated files', () => {
  const rendered = renderAll()

  it.each(Object.keys(rendered))('%s is up to date (run `pnpm gen`)', (file) => {
    expect(read(file)).toBe(rendered[file])
  })

  it('ships the schemas unchanged (snapshot)', () => {
    expect(JSON.parse(read('schema/exercise.schema.json'))).toMatchSnapshot()
    expect(JSON.parse(read('schema/catalog.schema.json'))).toMatchSnapshot()
  })

  it('generated validators need no runtime modules and no code generation', () => {
    const code = read('src/generated/validators.js')
    expect(code).not.toMatch(/require\(|new Function|eval\(/)
  })

  it('exports the schemas as subpaths', () => {
    const pkg = JSON.parse(read('package.json'))
    expect(pkg.exports['./exercise.schema.json']).toBe('./schema/exercise.schema.json')
    expect(pkg.exports['./catalog.schema.json']).toBe('./schema/catalog.schema.json')
  })
})
