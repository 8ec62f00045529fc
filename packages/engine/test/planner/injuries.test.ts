import { readFileSync } from 'node:fs'
import { defaultCatalog } from '@snackplan/catalog'
import { describe, expect, it } from 'vitest'
import { createPlanner } from '../../src/planner/create'

const lars = JSON.parse(
  readFileSync(new URL('../../../../examples/profiles/lars.json', import.meta.url), 'utf8'),
)

describe('injured body regions', () => {
  it('nothing that loads an injured region is scheduled, and the plan says why', async () => {
    const plan = await createPlanner().plan({
      profile: { ...lars, injuries: ['shoulder', 'knee'] },
      days: 14,
    })
    const scheduled = plan.days.flatMap((d) =>
      d.snacks.map((s) => defaultCatalog.get(s.exerciseId)!),
    )
    expect(scheduled.length).toBeGreaterThan(20)
    for (const e of scheduled)
      expect(
        e.loads.filter((r) => r === 'shoulder' || r === 'knee'),
        e.id,
      ).toEqual([])
    const pushUp = plan.excluded.find((x) => x.exerciseId === 'push-up')
    expect(pushUp?.reasons).toContain('injury-spare-shoulder')
    expect(plan.excluded.find((x) => x.exerciseId === 'squat')?.reasons).toContain(
      'injury-spare-knee',
    )
  })

  it('is a checked profile field', async () => {
    await expect(
      createPlanner().plan({ profile: { ...lars, injuries: ['tail'] }, days: 1 }),
    ).rejects.toMatchObject({
      code: 'schema/enum',
      path: '/profile/injuries/0',
    })
  })
})
