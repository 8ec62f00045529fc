import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createPlanner } from '../../src/index'
import { checkInvariants } from '../../src/testing/index'
import { sampleProfile } from '../invariants/fixtures'

// Regenerate after an intended change: UPDATE_GOLDEN=1 pnpm vitest run packages/engine/test/golden
const update = process.env.UPDATE_GOLDEN === '1'
const planner = createPlanner()

describe('golden plans: the sample profiles, 28 days, seed 1', () => {
  it.each(['anna', 'lars', 'sam'] as const)('%s', async (name) => {
    const profile = sampleProfile(name)
    const plan = await planner.plan({ profile, days: 28, seed: 1 })
    expect(checkInvariants(plan, { profile, request: { days: 28 } })).toEqual([])
    const text = `${JSON.stringify(plan, null, 2)}\n`
    const file = fileURLToPath(new URL(`./${name}.plan.json`, import.meta.url))
    if (update) writeFileSync(file, text)
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true)
    // Parsed, so the repository's formatter may lay the file out as it likes.
    expect(JSON.parse(text)).toStrictEqual(JSON.parse(readFileSync(file, 'utf8')))
  })
})
