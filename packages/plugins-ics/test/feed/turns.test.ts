import { describe, expect, it } from 'vitest'
import { Turns } from '../../src/feed/turns'

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('Turns', () => {
  it('runs the work queued for one key one piece at a time, in order', async () => {
    const turns = new Turns()
    const log: string[] = []
    const piece = (name: string) => async () => {
      log.push(`${name} starts`)
      await tick()
      log.push(`${name} ends`)
      return name
    }
    const done = await Promise.all([
      turns.take('a', piece('a1')),
      turns.take('b', piece('b1')),
      turns.take('a', piece('a2')),
    ])
    expect(done).toEqual(['a1', 'b1', 'a2'])
    // Another key does not wait; the same key does.
    expect(log.indexOf('b1 starts')).toBeLessThan(log.indexOf('a1 ends'))
    expect(log.indexOf('a2 starts')).toBeGreaterThan(log.indexOf('a1 ends'))
  })

  it('goes on after a piece that fails, whose failure reaches only its caller', async () => {
    const turns = new Turns()
    const failed = turns.take('a', async () => {
      throw new Error('boom')
    })
    const next = turns.take('a', async () => 'next')
    await expect(failed).rejects.toThrow('boom')
    await expect(next).resolves.toBe('next')
  })

  it('keeps a key’s queue while later work is pending, after earlier work ended', async () => {
    const turns = new Turns()
    const log: string[] = []
    let finish = () => {}
    const first = turns.take('a', async () => log.push('a1'))
    const second = turns.take('a', async () => {
      log.push('a2 starts')
      await new Promise<void>((resolve) => {
        finish = resolve
      })
      log.push('a2 ends')
    })
    await first
    await tick()
    const third = turns.take('a', async () => log.push('a3'))
    await tick()
    finish()
    await Promise.all([second, third])
    expect(log).toEqual(['a1', 'a2 starts', 'a2 ends', 'a3'])
  })

  it('forgets a key once its work has settled', async () => {
    const turns = new Turns()
    await Promise.all([turns.take('a', async () => 1), turns.take('b', async () => 2)])
    await tick()
    expect(turns.pending).toBe(0)
  })
})
