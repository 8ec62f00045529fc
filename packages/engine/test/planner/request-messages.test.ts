import { readFileSync } from 'node:fs'
import { isSnackplanError } from '@snackplan/catalog'
import { describe, expect, it } from 'vitest'
import { createPlanner } from '../../src/planner/create'

// Pins the wording of plan-request errors: a value of the wrong type says so.
const anna = JSON.parse(
  readFileSync(new URL('../../../../examples/profiles/anna.json', import.meta.url), 'utf8'),
)
const planner = createPlanner()
async function messages(request: Record<string, unknown>): Promise<string[]> {
  try {
    await planner.plan({ profile: anna, ...request } as never)
  } catch (e) {
    if (isSnackplanError(e)) return e.errors.map((i) => `${i.path} ${i.code}: ${i.message}`)
    throw e
  }
  return []
}

describe('plan request error messages', () => {
  it('days as a string, a Date as from, a fractional seed', async () => {
    expect(await messages({ days: '14' })).toMatchInlineSnapshot(`
      [
        "/days request/invalid-days: the plan must cover 1 to 366 days (a whole number), got the string "14"",
      ]
    `)
    expect(await messages({ from: new Date(Date.UTC(2026, 10, 23)) })).toMatchInlineSnapshot(`
      [
        "/from request/invalid-date: from must be a date YYYY-MM-DD, got a Date object",
      ]
    `)
    expect(await messages({ seed: 1.5 })).toMatchInlineSnapshot(`
      [
        "/seed request/invalid-seed: seed must be a whole number, got the number 1.5",
      ]
    `)
  })
})
