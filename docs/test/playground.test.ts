import { readdirSync, readFileSync } from 'node:fs'
import { checkProfile, checkRuleSet, createPlanner, defaultRules } from '@snackplan/engine'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { rangeOfPointer } from '../playground/lib/pointer'
import { initialState } from '../playground/lib/samples'
import { decodeState, encodeState } from '../playground/lib/share'
import { LOCALES, type PlaygroundState, PROGRAM_WEEKS } from '../playground/lib/state'
import { checkText } from '../playground/lib/validate'
import { ROOT } from '../scripts/tables'

const ANNA = readFileSync(`${ROOT}examples/profiles/anna.json`, 'utf8')
const at = (text: string, pointer: string) => {
  const { from, to } = rangeOfPointer(text, pointer)
  return text.slice(from, to)
}

describe('playground share links', () => {
  const state = fc.record<PlaygroundState>({
    v: fc.constant(1),
    profile: fc.string({ unit: 'binary', maxLength: 400 }),
    rules: fc.string({ unit: 'binary', maxLength: 400 }),
    view: fc.constantFrom('custom', 'default'),
    locale: fc.constantFrom(...LOCALES),
    week: fc.integer({ min: 0, max: PROGRAM_WEEKS - 1 }),
  })

  it('restore every state exactly, editor texts byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(state, async (s) => {
        const hash = await encodeState(s)
        expect(hash).toMatch(/^#s=[A-Za-z0-9_-]+$/)
        expect(await decodeState(hash, initialState())).toEqual(s)
      }),
    )
  })

  it('are told apart from other fragments, and a damaged one is an error', async () => {
    expect(await decodeState('', initialState())).toBeUndefined()
    expect(await decodeState('#getting-started', initialState())).toBeUndefined()
    await expect(decodeState('#s=not-deflate', initialState())).rejects.toThrow()
  })
})

describe('playground error placement', () => {
  it('puts a pointer on the value it names, or on the member name for a block', () => {
    expect(at(ANNA, '/wake')).toBe('"06:30"')
    expect(at(ANNA, '/busy/0/start')).toBe('"2026-11-24T10:00"')
    expect(at(ANNA, '/days/mon')).toBe('"mon"')
    expect(at(ANNA, '/conditions/0')).toBe('"knee-pain"')
  })

  it('falls back to the deepest part that exists', () => {
    expect(at(ANNA, '/days/mon/nope')).toBe('"mon"')
    expect(at(ANNA, '/busy/7')).toBe('"busy"')
    expect(at(ANNA, '')).toBe('{')
    expect(at('{"a/b": {"~": 1}}', '/a~1b/~0')).toBe('1')
  })

  it('places checkProfile errors and JSON syntax errors in the text', () => {
    const broken = ANNA.replace('"wake": "06:30"', '"wake": "6:30"')
    const checked = checkText(broken, checkProfile)
    expect(checked.ok).toBe(false)
    const wake = checked.issues.find((i) => i.path === '/wake')!
    expect(wake.code).toMatch(/^schema\//)
    expect(broken.slice(wake.from, wake.to)).toBe('"6:30"')

    const syntax = checkText('{"id": "a",, }', checkProfile)
    expect(syntax.ok).toBe(false)
    expect(syntax.issues).toMatchObject([{ code: 'json/syntax', severity: 'error', from: 11 }])
  })
})

describe('playground links in the docs', () => {
  // Made with docs/scripts/playground-link.ts; regenerate a link this fails on.
  const links = readdirSync(`${ROOT}docs`)
    .filter((f) => f.endsWith('.md'))
    .flatMap((f) =>
      [
        ...readFileSync(`${ROOT}docs/${f}`, 'utf8').matchAll(/\]\(playground\.md(#s=[\w-]+)\)/g),
      ].map((m, i) => [f, i + 1, m[1]!] as const),
    )

  it('the guides link to the playground with examples preloaded', () => {
    const pages = new Set(links.map(([f]) => f))
    for (const page of ['getting-started.md', 'rules.md', 'default-program.md']) {
      expect(pages, page).toContain(page)
    }
  })

  it.each(links)(
    '%s, link %i, opens a valid profile and rule set that plan',
    async (_, __, hash) => {
      const state = (await decodeState(hash, initialState()))!
      const profile = checkProfile(JSON.parse(state.profile))
      expect(profile.ok && profile.warnings, 'profile').toEqual([])
      const rules = state.view === 'custom' ? [defaultRules, state.rules] : [defaultRules]
      if (state.view === 'custom') expect(checkRuleSet(state.rules).ok, 'rules').toBe(true)
      const plan = await createPlanner({ rules }).plan({
        profile: JSON.parse(state.profile),
        days: 7,
      })
      expect(plan.days).toHaveLength(7)
    },
  )

  // A link that preloads an example (same id) must carry that file's current
  // text, so editing an example cannot leave a docs link showing the old one.
  const examples = [
    ...readdirSync(`${ROOT}examples/profiles`)
      .filter((f) => f.endsWith('.json'))
      .map((f) => `examples/profiles/${f}`),
    ...readdirSync(`${ROOT}docs/examples`)
      .filter((f) => f.endsWith('.json'))
      .map((f) => `docs/examples/${f}`),
  ].map((file) => {
    const text = readFileSync(`${ROOT}${file}`, 'utf8')
    return { file, text, id: (JSON.parse(text) as { id: string }).id }
  })
  const idOf = (text: string) => {
    try {
      return (JSON.parse(text) as { id?: unknown }).id
    } catch {
      return undefined
    }
  }
  it.each(links)(
    '%s, link %i, carries the current text of the examples it names',
    async (_, __, hash) => {
      const state = (await decodeState(hash, initialState()))!
      for (const text of [state.profile, state.rules]) {
        const example = examples.find((e) => e.id === idOf(text))
        if (example) expect(text, `${example.file} changed: regenerate the link`).toBe(example.text)
      }
    },
  )
})
