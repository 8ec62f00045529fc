import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderAll } from '../../scripts/render'
import { profileSchema } from '../../src/profile/schema'

const pkg = new URL('../../', import.meta.url)
const read = (file: string) => readFileSync(new URL(file, pkg), 'utf8')

describe('generated files', () => {
  it.each(Object.entries(renderAll()))('%s is up to date (run `pnpm gen` if not)', (file, text) => {
    expect(read(file)).toBe(text)
  })

  it('ships the profile schema as a subpath export', () => {
    const manifest = JSON.parse(read('package.json')) as {
      exports: Record<string, unknown>
      files: string[]
    }
    const target = manifest.exports['./profile.schema.json']
    expect(target).toBe('./schema/profile.schema.json')
    expect(manifest.files).toContain('schema')
    const shipped = JSON.parse(read(String(target))) as Record<string, unknown>
    expect(shipped.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(shipped.$id).toBe(profileSchema.$id)
  })
})
