import { readdirSync, readFileSync } from 'node:fs'
import { defaultCatalog } from '@snackplan/catalog'
import { describe, expect, it } from 'vitest'
import { checkProfile } from '../../src/profile'

const dir = new URL('../../../../examples/profiles/', import.meta.url)
const samples = readdirSync(dir).filter((f) => f.endsWith('.json'))

describe('sample profiles in examples/profiles', () => {
  it('are the three the docs name', () => {
    expect(samples.sort()).toEqual(['anna.json', 'lars.json', 'sam.json'])
  })

  it.each(samples)('%s passes checkProfile with no warnings', (file) => {
    const text = readFileSync(new URL(file, dir), 'utf8')
    const result = checkProfile(text)
    expect(result).toMatchObject({ ok: true, warnings: [] })
    if (result.ok) expect(`${result.value.id}.json`).toBe(file)
  })

  it.each(samples)('%s logs feedback only for exercises in the default catalog', (file) => {
    const result = checkProfile(readFileSync(new URL(file, dir), 'utf8'))
    const ids = result.ok ? (result.value.feedback ?? []).map((f) => f.exerciseId) : ['(invalid)']
    for (const id of ids) expect(defaultCatalog.has(id), id).toBe(true)
  })
})
