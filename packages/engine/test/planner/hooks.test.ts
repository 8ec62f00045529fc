import { describe, expect, it } from 'vitest'
import { createPlanner, type Plan, type SnackplanPlugin } from '../../src/index'
import { baseProfile } from './fixtures'

describe('plugin hooks', () => {
  it('run in the pinned order: each beforePlan in order, then busy, then each afterPlan in order', async () => {
    const log: string[] = []
    const plugin = (name: string): SnackplanPlugin => ({
      name,
      beforePlan: (request) => {
        log.push(`${name}:beforePlan(days=${request.days})`)
        return { ...request, days: (request.days ?? 7) + 1 }
      },
      busy: () => {
        log.push(`${name}:busy`)
        return []
      },
      afterPlan: (plan) => {
        log.push(`${name}:afterPlan(${plan.advisories.map((a) => a.id).join(',')})`)
        return {
          ...plan,
          advisories: [...plan.advisories, { id: name, text: { en: name, sv: name, da: name } }],
        }
      },
    })
    const plan = await createPlanner({ plugins: [plugin('a'), plugin('b'), plugin('c')] }).plan({
      profile: baseProfile(),
      days: 1,
    })
    expect(log).toEqual([
      'a:beforePlan(days=1)',
      'b:beforePlan(days=2)',
      'c:beforePlan(days=3)',
      'a:busy',
      'b:busy',
      'c:busy',
      'a:afterPlan()',
      'b:afterPlan(a)',
      'c:afterPlan(a,b)',
    ])
    expect(plan.days).toHaveLength(4)
    expect(plan.advisories.map((a) => a.id)).toEqual(['a', 'b', 'c'])
  })

  it('hooks that return nothing keep the request and plan; plugin busy blocks are avoided', async () => {
    const seen: Plan[] = []
    const profile = baseProfile()
    const plain = await createPlanner().plan({ profile, days: 1 })
    const first = plain.days[0]!.snacks[0]!
    const plan = await createPlanner({
      plugins: [
        {
          name: 'calendar',
          beforePlan: () => undefined,
          busy: () => [{ start: first.start, end: first.end }],
          afterPlan: (p) => {
            seen.push(p)
            return undefined
          },
        },
      ],
    }).plan({ profile, days: 1 })
    expect(seen).toEqual([plan])
    expect(plan.days[0]!.snacks.map((s) => s.start)).not.toContain(first.start)
  })
})
