import { describe, expect, it } from 'vitest'
import { showValue } from '../../src'

describe('showValue: a bad value as a message repeats it', () => {
  it('quotes short strings and shows numbers, booleans and null as they are', () => {
    expect(showValue('6:00')).toBe('"6:00"')
    expect(showValue(14)).toBe('14')
    expect(showValue(Number.NaN)).toBe('NaN')
    expect(showValue(false)).toBe('false')
    expect(showValue(null)).toBe('null')
    expect(showValue(undefined)).toBe('undefined')
  })

  it('cuts long strings and names only the kind of lists and objects, however deep', () => {
    expect(showValue('x'.repeat(1000))).toBe(`"${'x'.repeat(60)}"... (1000 characters)`)
    let deep: unknown = 0
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(showValue(deep)).toBe('a list of 1')
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(showValue(cyclic)).toBe('an object')
    expect(showValue(1n)).toBe('bigint')
  })
})
