import { readFileSync } from 'node:fs'

const anna = JSON.parse(
  readFileSync(new URL('../../../../examples/profiles/anna.json', import.meta.url), 'utf8'),
)

// A valid profile to break one thing at a time. Returned fresh on every call
// so a test can mutate it freely.
export function validProfile(): Record<string, unknown> & {
  days: Record<string, Record<string, unknown>>
  busy: Record<string, unknown>[]
  feedback: Record<string, unknown>[]
} {
  // The sample profile of examples/profiles, plus a feedback entry.
  return {
    ...structuredClone(anna),
    feedback: [{ date: '2026-11-23', exerciseId: 'chair-squat', done: true, effort: 5 }],
  }
}
