import { describe, expect, it } from 'vitest'
import type { SnackplanPlugin } from '../../src/plugins/types'
import { testPlugin } from '../../src/testing'

describe('testPlugin, the shared plugin conformance suite', () => {
  it('passes a plugin that keeps the invariants', async () => {
    const quiet: SnackplanPlugin = { name: 'quiet', afterPlan: (plan) => plan }
    expect(await testPlugin(quiet, { runs: 5 })).toEqual([])
  })

  it('catches a plugin with a bad name before anything else', async () => {
    const problems = await testPlugin({ name: 'Bad Name' }, { runs: 1 })
    expect(problems.map((p) => p.split(':')[0])).toEqual(['name', 'create'])
  })

  it('catches a plugin that breaks the plans it touches', async () => {
    const reckless: SnackplanPlugin = {
      name: 'reckless',
      // Sets every snack's effort to 10: breaks the caps and the entries' bounds.
      afterPlan: (plan) => ({
        ...plan,
        days: plan.days.map((d) => ({ ...d, snacks: d.snacks.map((s) => ({ ...s, effort: 10 })) })),
      }),
    }
    const problems = await testPlugin(reckless, { runs: 5 })
    expect(problems.length).toBeGreaterThan(0)
    expect(problems.every((p) => p.startsWith('invariant: '))).toBe(true)
  })

  it('checks the plugin’s own busy time too', async () => {
    // Tells the planner (two plans per profile) nothing, then tells the suite
    // that every waking hour was busy: the snacks now sit in busy time.
    let calls = 0
    const liar: SnackplanPlugin = {
      name: 'liar',
      busy: (request) => {
        calls++
        if (calls % 3 !== 0) return []
        const day = request.from ?? request.profile.programStart
        return [{ start: `${day}T00:00`, end: `${day}T23:59` }]
      },
    }
    const problems = await testPlugin(liar, { runs: 5 })
    expect(problems.some((p) => p.startsWith('invariant: ') && p.includes('busy'))).toBe(true)
  })

  it('counts a plugin that makes planning fail as a problem', async () => {
    const garbage: SnackplanPlugin = {
      name: 'garbage',
      busy: () => [{ start: 'nope', end: 1 as never }],
    }
    const problems = await testPlugin(garbage, { runs: 3 })
    expect(problems).toHaveLength(3)
    expect(problems[0]).toMatch(/^plan: profile 0 .* threw time\/invalid-datetime /)
  })

  it('catches an exporter that writes something different each time', async () => {
    let n = 0
    const flaky: SnackplanPlugin = { name: 'flaky', exporters: { txt: () => `call ${n++}` } }
    const problems = await testPlugin(flaky, { runs: 2 })
    expect(problems).toContain(
      `export: txt differs between two calls for profile 0 (${problems[0]!.split('(')[1]}`,
    )
    expect(problems.every((p) => p.startsWith('export: txt differs'))).toBe(true)
  })
})
