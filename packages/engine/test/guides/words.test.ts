import { defaultCatalog, LOCALES } from '@snackplan/catalog'
import { describe, expect, it } from 'vitest'
import { defaultRules, explainCue, explainSnack, type Plan } from '../../src/index'
import { reasonId } from '../../src/planner/reasons'
import { checkedPlan, people } from './fixtures'

// "Words a person reads" (issue 7) and structured reasons (issue 11, point 5).
// Every id a reader could be shown instead of words: rule names and exercise ids.
const IDS = [
  ...defaultRules.rules.map((r) => r.name),
  ...defaultCatalog.exercises.map((e) => e.id).filter((id) => id.includes('-')),
]
const showsAnId = (line: string) => IDS.some((id) => line.includes(id))
const plans = new Map<string, Plan>()
async function plan(name: string): Promise<Plan> {
  if (!plans.has(name)) plans.set(name, await checkedPlan(people[name]!, 28))
  return plans.get(name)!
}
const items = (p: Plan) => p.days.flatMap((d) => d.snacks)

describe('rule titles', () => {
  it('every rule of the default program has a title in en, sv and da', () => {
    for (const r of defaultRules.rules)
      for (const l of LOCALES) expect(r.title?.[l].length, `${r.name} ${l}`).toBeGreaterThan(0)
  })

  it('a plan carries the title of every rule it names', async () => {
    const p = await plan('anna')
    const named = new Set(
      items(p).flatMap((s) => (s.why ?? []).flatMap((r) => (r.rule ? [r.rule] : []))),
    )
    expect(named.size).toBeGreaterThan(10)
    for (const rule of named) expect(p.titles?.[rule], rule).toBeDefined()
    for (const a of p.advisories) expect(p.titles?.[a.id]).toBeDefined()
  })
})

describe('structured reasons, with the plain ids kept', () => {
  it('why[i] explains reasons[i] for every item of real plans', async () => {
    for (const name of ['anna', 'lars', 'sam', 'karin']) {
      for (const s of items(await plan(name))) {
        expect(s.why, s.id).toBeDefined()
        expect(s.why!.map(reasonId)).toEqual(s.reasons)
        expect(s.why![0]).toMatchObject({ kind: 'trigger' })
      }
    }
  })

  it('an exercise that is not the one asked for says which rule asked, for what, and why', async () => {
    const swaps = items(await plan('anna')).flatMap((s) =>
      (s.why ?? []).filter((r) => r.kind === 'exercise').map((r) => ({ s, r })),
    )
    expect(swaps.length).toBeGreaterThan(5)
    for (const { s, r } of swaps) {
      expect(
        defaultRules.rules.map((x) => x.name),
        s.id,
      ).toContain(r.rule)
      expect(defaultCatalog.has(r.asked!)).toBe(true)
      expect(r.chosen).toBeDefined()
      expect(r.cause).toMatch(/^[a-z-]+$/)
    }
    // The office's morning squats, done discreetly: the rule, the squat, the stand-in.
    const discreet = swaps.find(({ r }) => r.cause === 'discreet')!.r
    expect(discreet).toMatchObject({ rule: 'office-morning-squats', asked: 'squat' })
  })
})

describe('readable in the plan’s language', () => {
  it('no rule ids, no "+tempo", no English in Swedish and Danish reasons', async () => {
    for (const name of ['anna', 'lars', 'karin']) {
      const p = await plan(name)
      for (const locale of ['sv', 'da'] as const) {
        for (const s of items(p)) {
          const text = explainSnack(s, { locale, titles: p.titles })
          for (const line of [...text.reasons, text.title, text.effort, text.modifiers ?? '']) {
            expect(showsAnId(line), `${s.id} ${locale}: ${line}`).toBe(false)
            expect(line).not.toMatch(/\+(tempo|pause|load)|Timing|snack/)
          }
        }
      }
    }
  })

  it('says what 7/10 feels like, and gives the guide’s 5-10 kg when a progression adds load', async () => {
    const lars = {
      ...people.lars!,
      feedback: ['2026-11-23', '2026-11-24', '2026-11-25'].flatMap((date) => [
        { date, exerciseId: 'chair-squat', done: true, effort: 4, plannedEffort: 7 },
        { date, exerciseId: 'band-row', done: true, effort: 4, plannedEffort: 7 },
      ]),
    }
    const p = await checkedPlan(lars, 14)
    const loaded = items(p).find((s) => s.modifiers.includes('load'))!
    const hard = items(p).find((s) => s.effort === 7)!
    const want = {
      en: [/warm and out of breath, you can speak in short phrases/, /5-10 kg/],
      sv: [/varm och andfådd, du kan prata i korta fraser/, /5–10 kg/],
      da: [/varm og forpustet, du kan tale i korte sætninger/, /5-10 kg/],
    }
    for (const locale of LOCALES) {
      expect(explainSnack(hard, { locale }).effort).toMatch(want[locale][0]!)
      expect(explainSnack(loaded, { locale }).modifiers).toMatch(want[locale][1]!)
    }
  })

  it('every snack and session includes 4 calm breaths before and after', async () => {
    for (const s of items(await plan('anna'))) {
      const text = explainSnack(s, { locale: 'sv' })
      if (s.type === 'snack' || s.type === 'session')
        expect(text.breaths).toBe('Före och efter: 4 lugna andetag.')
      else expect(text.breaths).toBeUndefined()
    }
  })

  it('Swedish: holds read "håll 30 s", and the guide’s words are used', async () => {
    const name = (id: string, l: 'sv' | 'da') => defaultCatalog.get(id)!.name[l]
    expect(name('palm-press', 'sv')).toBe('Handflatspress')
    expect(name('wall-sit', 'sv')).toBe('Jägarvila')
    expect(name('speed-walk-burst', 'sv')).toBe('Fartinslag')
    expect(name('walk-with-bursts', 'sv')).toBe('Rask promenad med fartinslag')
    expect(name('seated-marching', 'sv')).toBe('Sittande marsch')
    const holds = items(await plan('karin')).filter((s) => s.unit === 'hold-seconds')
    expect(holds.length).toBeGreaterThan(0)
    for (const s of holds)
      expect(explainSnack(s, { locale: 'sv' }).dose).toMatch(/^(\d × )?håll \d+ s/)
    for (const e of defaultCatalog.exercises)
      for (const field of ['name', 'cues', 'safety'] as const)
        expect(e[field].sv, `${e.id}.${field}`).not.toMatch(
          /hållning|snack|Driv knäna|fäll bäckenet/,
        )
  })

  it('Danish: Danish words, "stå rank", "lav langsomme cirkler", and "pr. side" everywhere', async () => {
    expect(defaultCatalog.get('speed-walk-burst')!.name.da).toBe('Gåspurt')
    expect(defaultCatalog.get('wrist-circles')!.cues.da).toMatch(/lav langsomme cirkler/)
    for (const e of defaultCatalog.exercises)
      for (const field of ['name', 'cues', 'safety'] as const)
        expect(e[field].da, `${e.id}.${field}`).not.toMatch(
          /Stå ret|stå ret|cirkl |per side|gangindslag/,
        )
    const sides = items(await plan('lars')).filter((s) => s.perSide)
    expect(sides.length).toBeGreaterThan(0)
    for (const s of sides) expect(explainSnack(s, { locale: 'da' }).dose).toMatch(/ pr\. side$/)
  })

  it('cues read as habits with their exercise, in every language', async () => {
    const [day] = (await plan('karin')).days
    expect(day!.cues!.map((c) => explainCue(c, { locale: 'sv' }))).toEqual([
      'Efter varje toalettbesök: Knäböj mot stol · 30 s',
      'Innan du brygger kaffe: Armhävningar mot vägg · 30 s',
    ])
    expect(explainCue(day!.cues![0]!, { locale: 'da' })).toBe(
      'Efter hvert toiletbesøg: Squat til stol · 30 s',
    )
  })
})
