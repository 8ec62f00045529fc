import { describe, expect, it } from 'vitest'
import breathing from '../../src/data/breathing.json'
import cardio from '../../src/data/cardio.json'
import { defaultCatalogDocument } from '../../src/data/default'
import isometric from '../../src/data/isometric.json'
import mobility from '../../src/data/mobility.json'
import strength from '../../src/data/strength.json'
import { validateCatalog, validateExercise } from '../../src/generated/validators.js'
import { checkCatalog } from '../../src/index'
import {
  EXERCISE_KINDS,
  type ExerciseEntry,
  IMPACTS,
  type Impact,
  LOCALES,
  SETTINGS,
} from '../../src/types'

const entries = defaultCatalogDocument.exercises
const byId = new Map(entries.map((e) => [e.id, e]))
const get = (id: string): ExerciseEntry => {
  const entry = byId.get(id)
  if (!entry) throw new Error(`missing entry ${id}`)
  return entry
}
const impactRank: Record<Impact, number> = { none: 0, low: 1, high: 2 }
/** Real active time of one dose: one-sided moves are done on both sides. */
const activeMax = (e: ExerciseEntry) => e.dose.max * (e.dose.perSide ? 2 : 1)

describe('default catalog: shape', () => {
  it('is the snackplan-default document and passes the catalog schema', () => {
    expect(defaultCatalogDocument.id).toBe('snackplan-default')
    expect(defaultCatalogDocument.version).toBe('1.0.0')
    const ok = validateCatalog(defaultCatalogDocument)
    expect(validateCatalog.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  it.each(entries.map((e) => [e.id, e] as const))('%s passes the exercise schema', (_, entry) => {
    const ok = validateExercise(entry)
    expect(validateExercise.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  it('loads through checkCatalog with no errors and no warnings', () => {
    const result = checkCatalog(defaultCatalogDocument)
    expect(result.ok ? result.warnings : result.errors).toEqual([])
    expect(result.ok && result.value.exercises.length).toBe(entries.length)
  })

  it('has unique ids', () => {
    expect(byId.size).toBe(entries.length)
  })

  it('keeps each kind in its own file', () => {
    const files = { cardio, strength, isometric, mobility, breathing }
    for (const [kind, list] of Object.entries(files)) {
      expect(list.length, kind).toBeGreaterThan(0)
      for (const entry of list) expect(entry.kind, entry.id).toBe(kind)
    }
    expect(Object.values(files).flat().length).toBe(entries.length)
  })
})

describe('default catalog: variations', () => {
  it('resolves every easier/harder id and mirrors it the other way', () => {
    for (const e of entries) {
      if (e.easier !== undefined) {
        expect(byId.has(e.easier), `${e.id}.easier`).toBe(true)
        expect(get(e.easier).harder, `${e.easier}.harder`).toBe(e.id)
      }
      if (e.harder !== undefined) {
        expect(byId.has(e.harder), `${e.id}.harder`).toBe(true)
        expect(get(e.harder).easier, `${e.harder}.easier`).toBe(e.id)
      }
    }
  })

  it('has no cycles in either direction', () => {
    for (const direction of ['easier', 'harder'] as const) {
      for (const start of entries) {
        const seen = new Set<string>()
        let cursor: ExerciseEntry | undefined = start
        while (cursor) {
          expect(seen.has(cursor.id), `${direction} cycle through ${cursor.id}`).toBe(false)
          seen.add(cursor.id)
          const next: string | undefined = cursor[direction]
          cursor = next === undefined ? undefined : byId.get(next)
        }
      }
    }
  })

  it('never raises impact or target effort when stepping to the easier variation', () => {
    for (const e of entries) {
      if (e.easier === undefined) continue
      const easier = get(e.easier)
      expect(impactRank[easier.impact], `${e.id} -> ${easier.id}`).toBeLessThanOrEqual(
        impactRank[e.impact],
      )
      expect(easier.effort.target, `${e.id} -> ${easier.id}`).toBeLessThanOrEqual(e.effort.target)
    }
  })

  it('gives every high-impact entry an easier variation without impact', () => {
    // The engine swaps a contraindicated exercise for its easier variation.
    const high = entries.filter((e) => e.impact === 'high')
    expect(high.length).toBeGreaterThanOrEqual(4)
    for (const e of high) {
      let cursor = e
      while (cursor.impact === 'high') {
        expect(cursor.easier, `${cursor.id} has no easier variation`).toBeDefined()
        cursor = get(cursor.easier!)
      }
      expect(cursor.impact).not.toBe('high')
    }
  })

  it('links the variation chains the guides imply', () => {
    const chains = [
      ['palm-press', 'wall-press', 'wall-push-up', 'bench-push-up', 'push-up'],
      ['sit-to-stand', 'chair-squat', 'squat', 'squat-jump'],
      ['incline-plank', 'knee-plank', 'plank'],
      ['seated-marching', 'marching-in-place', 'high-knees', 'high-knees-run'],
      ['step-jacks', 'jumping-jacks', 'jump-rope'],
      ['stair-walk', 'stair-sprint'],
      ['brisk-walk', 'speed-walk-burst', 'uphill-walk'],
      ['side-steps', 'side-steps-band'],
      ['split-squat', 'lunge'],
      ['knee-side-plank', 'side-plank'],
      ['chair-squat-hold', 'wall-sit'],
    ]
    for (const chain of chains) {
      for (let i = 1; i < chain.length; i++) {
        expect(get(chain[i]!).easier, chain.join(' -> ')).toBe(chain[i - 1])
      }
    }
  })
})

// Sessions and active-pause breaks, dosed in minutes rather than the 20-90 s of a snack.
const LONGER = ['walk-with-bursts', 'zone2-walk', 'zone2-bike', 'walk-break', 'stand-and-stretch']

describe('default catalog: doses and effort', () => {
  it('orders every range', () => {
    for (const e of entries) {
      expect(e.dose.min, e.id).toBeLessThanOrEqual(e.dose.default)
      expect(e.dose.default, e.id).toBeLessThanOrEqual(e.dose.max)
      expect(e.effort.min, e.id).toBeLessThanOrEqual(e.effort.target)
      expect(e.effort.target, e.id).toBeLessThanOrEqual(e.effort.max)
    }
  })

  it('uses seconds for moves and hold-seconds for holds, never reps', () => {
    for (const e of entries) {
      expect(e.dose.unit, e.id).toBe(e.kind === 'isometric' ? 'hold-seconds' : 'seconds')
    }
  })

  it('keeps moves within 20-90 s of real active time, both sides counted', () => {
    for (const e of entries.filter((x) => x.dose.unit === 'seconds' && !LONGER.includes(x.id))) {
      expect(e.dose.min, e.id).toBeGreaterThanOrEqual(20)
      expect(activeMax(e), e.id).toBeLessThanOrEqual(90)
    }
  })

  it('doses the longer items as the guides do: active pauses 1-5 min, the walk with bursts 8-10 min, zone 2 20-40 min', () => {
    const range = (id: string) => [get(id).dose.min, get(id).dose.max]
    for (const id of ['walk-break', 'stand-and-stretch']) {
      expect(range(id), id).toEqual([60, 300])
      expect(get(id).effort.max, id).toBeLessThanOrEqual(3)
    }
    expect(range('walk-with-bursts')).toEqual([480, 600])
    for (const id of ['zone2-walk', 'zone2-bike']) {
      expect(range(id), id).toEqual([1200, 2400])
      expect(get(id).effort.target, id).toBeLessThanOrEqual(4)
    }
  })

  it('keeps holds at 10-30 s with a default of 20 s', () => {
    for (const e of entries.filter((x) => x.kind === 'isometric')) {
      expect([e.dose.min, e.dose.default, e.dose.max], e.id).toEqual([10, 20, 30])
    }
  })

  it('sets effort by kind: snacks about 7/10, holds about 6, pauses low', () => {
    for (const e of entries) {
      const { target, max } = e.effort
      if (e.kind === 'cardio' || e.kind === 'strength') {
        expect(target, e.id).toBeGreaterThanOrEqual(4)
        expect(target, e.id).toBeLessThanOrEqual(7)
        expect(max, e.id).toBeLessThanOrEqual(8)
      }
      if (e.kind === 'isometric') expect(target, e.id).toBeLessThanOrEqual(6)
      if (e.kind === 'mobility' || e.kind === 'breathing') expect(max, e.id).toBeLessThanOrEqual(4)
    }
    // The guide's named snacks aim at 7/10.
    for (const id of [
      'stair-sprint',
      'squat',
      'wall-push-up',
      'lunge',
      'uphill-walk',
      'jumping-jacks',
    ]) {
      expect(get(id).effort.target, id).toBe(7)
    }
  })

  it('offers added load only where something can be held or worn', () => {
    for (const e of entries) {
      if (e.kind === 'mobility' || e.kind === 'breathing') expect(e.progressions, e.id).toEqual([])
      if (e.kind === 'isometric') expect(e.progressions, e.id).not.toContain('tempo')
    }
    // Progression from the guide: faster, a pause at the bottom, or 5-10 kg held.
    for (const id of ['squat', 'chair-squat', 'lunge']) {
      expect(get(id).progressions, id).toEqual(['tempo', 'pause', 'load'])
    }
  })
})

describe('default catalog: text', () => {
  const fields = ['name', 'cues', 'safety'] as const

  it('is present, trimmed and NFC in en, sv and da', () => {
    for (const e of entries) {
      for (const field of fields) {
        for (const locale of LOCALES) {
          const text = e[field][locale]
          expect(text.trim(), `${e.id}.${field}.${locale}`).not.toBe('')
          expect(text, `${e.id}.${field}.${locale}`).toBe(text.trim())
          expect(text, `${e.id}.${field}.${locale}`).toBe(text.normalize('NFC'))
        }
      }
    }
  })

  it('translates every cue and safety note', () => {
    for (const e of entries) {
      for (const field of ['cues', 'safety'] as const) {
        const { en, sv, da } = e[field]
        expect(new Set([en, sv, da]).size, `${e.id}.${field}`).toBe(3)
      }
    }
  })

  it('gives each entry a distinct name in every locale', () => {
    for (const locale of LOCALES) {
      const names = entries.map((e) => e.name[locale].toLowerCase())
      expect(new Set(names).size, locale).toBe(names.length)
    }
  })

  it('tells people when to stop, and where to ask', () => {
    for (const e of entries) {
      const { en, sv, da } = e.safety
      if (e.kind !== 'breathing') {
        expect(en, e.id).toMatch(/sharp pain, dizziness or palpitations/)
        expect(sv, e.id).toMatch(/skarp smärta, yrsel eller hjärtklappning/)
        expect(da, e.id).toMatch(/skarp smerte, svimmelhed eller hjertebanken/)
      }
      // Extra care before raising intensity with heart disease, pregnancy, injury.
      if (e.impact === 'high') expect(en, e.id).toMatch(/pregnancy.*ask a clinician/)
      // Isometrics: breathe through the hold; injuries go to a physiotherapist.
      if (e.kind === 'isometric') {
        expect(en, e.id).toMatch(/never hold your breath/)
        expect(en, e.id).toMatch(/physiotherapist/)
      }
    }
  })

  it('uses Swedish and Danish names that read naturally', () => {
    expect(get('chair-squat').name).toMatchObject({ sv: 'Knäböj mot stol', da: 'Squat til stol' })
    expect(get('wall-push-up').name).toMatchObject({
      sv: 'Armhävningar mot vägg',
      da: 'Armbøjninger mod væg',
    })
    expect(get('calf-raise').name).toMatchObject({ sv: 'Tåhävningar', da: 'Tåhævninger' })
    expect(get('calm-breaths').name).toMatchObject({ sv: 'Fyra lugna andetag' })
  })
})

describe('default catalog: honest loads', () => {
  it('counts weight on the hands as wrist load', () => {
    const handsLoaded = [
      'wall-push-up',
      'bench-push-up',
      'push-up',
      'plank',
      'knee-plank',
      'incline-plank',
      'side-plank',
      'wall-press',
      'bird-dog',
    ]
    for (const id of handsLoaded) expect(get(id).loads, id).toContain('wrist')
  })

  it('counts squats, lunges, stairs, steps and jumps as knee and hip load', () => {
    const legs = [
      'squat',
      'chair-squat',
      'sit-to-stand',
      'squat-jump',
      'lunge',
      'split-squat',
      'stair-sprint',
      'stair-walk',
      'step-up',
      'wall-sit',
      'chair-squat-hold',
      'jumping-jacks',
      'jump-rope',
      'high-knees',
      'high-knees-run',
      'bike-intervals',
    ]
    for (const id of legs)
      expect(get(id).loads, id).toEqual(expect.arrayContaining(['knee', 'hip']))
    // Kneeling puts weight on the knee.
    for (const id of ['knee-plank', 'knee-side-plank', 'bird-dog']) {
      expect(get(id).loads, id).toContain('knee')
    }
  })

  it('marks every jump or running landing as high impact and nothing seated or on the floor as impact', () => {
    for (const id of [
      'jumping-jacks',
      'jump-rope',
      'squat-jump',
      'high-knees-run',
      'stair-sprint',
    ]) {
      expect(get(id).impact, id).toBe('high')
    }
    for (const e of entries.filter((x) => x.position === 'seated' || x.position === 'floor')) {
      expect(e.impact, e.id).toBe('none')
    }
  })

  it('names only equipment one must own or reach', () => {
    expect(get('stair-sprint').equipment).toEqual(['stairs'])
    expect(get('stair-walk').equipment).toEqual(['stairs'])
    expect(get('uphill-walk').equipment).toEqual(['hill'])
    expect(get('jump-rope').equipment).toEqual(['jump-rope'])
    expect(get('bike-intervals').equipment).toEqual(['bike'])
    for (const id of ['band-row', 'band-pull-apart', 'side-steps-band']) {
      expect(get(id).equipment, id).toEqual(['band'])
    }
    for (const id of ['sit-to-stand', 'chair-squat', 'chair-squat-hold']) {
      expect(get(id).equipment, id).toEqual(['chair'])
    }
    const free = entries.filter((e) => e.equipment.length === 0)
    expect(free.length).toBeGreaterThanOrEqual(40)
  })
})

describe('default catalog: covers the seed guides', () => {
  const REQUIRED_IDS = [
    'squat',
    'chair-squat',
    'sit-to-stand',
    'wall-push-up',
    'bench-push-up',
    'push-up',
    'lunge',
    'stair-sprint',
    'stair-walk',
    'brisk-walk',
    'uphill-walk',
    'high-knees',
    'marching-in-place',
    'jumping-jacks',
    'jump-rope',
    'calf-raise',
    'wall-press',
    'band-row',
    'side-steps-band',
    'bike-intervals',
    'plank',
    'knee-plank',
    'wall-sit',
    'static-curl-hold',
    'calm-breaths',
    'shoulder-rolls',
  ]

  it('has the ids the default rule set refers to, and at least 48 entries', () => {
    for (const id of REQUIRED_IDS) expect(byId.has(id), id).toBe(true)
    expect(entries.length).toBeGreaterThanOrEqual(48)
  })

  it('has every kind, setting and impact', () => {
    for (const kind of EXERCISE_KINDS)
      expect(
        entries.some((e) => e.kind === kind),
        kind,
      ).toBe(true)
    for (const s of SETTINGS) {
      expect(entries.filter((e) => e.settings.includes(s)).length, s).toBeGreaterThanOrEqual(10)
    }
    for (const impact of IMPACTS) {
      expect(
        entries.some((e) => e.impact === impact),
        impact,
      ).toBe(true)
    }
  })

  it('doses each snack as the guide does', () => {
    // [id, lowest allowed min, highest allowed max] from the snack list.
    const snacks: [string, number, number][] = [
      ['stair-sprint', 20, 30],
      ['squat', 30, 60],
      ['wall-push-up', 30, 60],
      ['bench-push-up', 30, 60],
      ['lunge', 30, 60],
      ['uphill-walk', 60, 90],
      ['high-knees', 45, 60],
      ['marching-in-place', 45, 60],
      ['jump-rope', 20, 40],
      ['jumping-jacks', 20, 40],
    ]
    for (const [id, min, max] of snacks) {
      const { dose } = get(id)
      expect(dose.unit, id).toBe('seconds')
      expect(dose.min, id).toBeGreaterThanOrEqual(min)
      expect(dose.max, id).toBeLessThanOrEqual(max)
      expect(dose.perSide, id).toBe(false)
    }
    // Jumps only "if the joints allow": the rules need them marked.
    expect(get('jump-rope').impact).toBe('high')
    expect(get('jumping-jacks').impact).toBe('high')
    expect(get('marching-in-place').impact).toBe('low')
  })

  it('fits each trigger exercise: toilet, coffee, hourly walk, stairs after lunch', () => {
    const fits = (id: string, seconds: number) => {
      const { dose } = get(id)
      return dose.min <= seconds && seconds <= dose.max
    }
    expect(fits('squat', 30)).toBe(true)
    expect(fits('wall-push-up', 30)).toBe(true)
    expect(fits('brisk-walk', 60)).toBe(true)
    expect(fits('stair-walk', 30)).toBe(true)
    for (const id of ['squat', 'wall-push-up', 'brisk-walk', 'stair-walk']) {
      expect(get(id).settings, id).toContain('office')
    }
    expect(get('wall-push-up').equipment).toEqual([])
  })

  it('has the discreet office options and more', () => {
    for (const id of ['sit-to-stand', 'calf-raise', 'wall-press', 'stair-walk']) {
      expect(get(id).discreet, id).toBe(true)
      expect(get(id).settings, id).toContain('office')
    }
    const discreetOffice = entries.filter((e) => e.discreet && e.settings.includes('office'))
    expect(discreetOffice.length).toBeGreaterThanOrEqual(12)
    const kinds = new Set(discreetOffice.map((e) => e.kind))
    expect([...kinds].sort()).toEqual([...EXERCISE_KINDS].sort())
  })

  it('offers every low-impact alternative for knee and hip pain', () => {
    const alternatives = [
      'marching-in-place',
      'calf-raise',
      'wall-push-up',
      'band-row',
      'chair-squat',
      'side-steps-band',
      'high-knees',
      'bike-intervals',
    ]
    for (const id of alternatives) expect(get(id).impact, id).not.toBe('high')
    // Enough to fill a day for someone whose knees and hips need a full rest.
    const sparing = entries.filter(
      (e) =>
        e.impact !== 'high' &&
        !e.loads.includes('knee') &&
        !e.loads.includes('hip') &&
        (e.kind === 'cardio' || e.kind === 'strength' || e.kind === 'isometric'),
    )
    expect(sparing.length).toBeGreaterThanOrEqual(8)
    expect(new Set(sparing.map((e) => e.kind)).size).toBe(3)
  })

  it('has the isometric holds from the isometrics guide', () => {
    const holds = [
      'plank',
      'knee-plank',
      'side-plank',
      'wall-sit',
      'static-curl-hold',
      'wall-press',
      'glute-bridge-hold',
      'chair-squat-hold',
      'palm-press',
    ]
    for (const id of holds) {
      expect(get(id).kind, id).toBe('isometric')
      expect(get(id).dose.unit, id).toBe('hold-seconds')
    }
    expect(entries.filter((e) => e.kind === 'isometric').length).toBeGreaterThanOrEqual(12)
    expect(get('side-plank').dose.perSide).toBe(true)
    expect(get('static-curl-hold').loads).toEqual(expect.arrayContaining(['elbow', 'wrist']))
  })

  it('has mobility and breathing pauses, including neck-friendly ones', () => {
    for (const id of [
      'shoulder-rolls',
      'seated-thoracic-rotation',
      'hip-flexor-stretch',
      'ankle-circles',
      'wrist-circles',
    ]) {
      expect(get(id).kind, id).toBe('mobility')
    }
    expect(get('calm-breaths').kind).toBe('breathing')
    const calm = get('calm-breaths').dose
    // Four calm breaths take roughly 20-40 s.
    expect(calm.min).toBeLessThanOrEqual(30)
    expect(calm.default).toBeLessThanOrEqual(40)
    expect(entries.filter((e) => e.kind === 'breathing').length).toBeGreaterThanOrEqual(3)
    // Neck-friendly: seated pauses that leave the neck alone.
    const neckFriendly = entries.filter(
      (e) =>
        (e.kind === 'mobility' || e.kind === 'breathing') &&
        e.position === 'seated' &&
        !e.loads.includes('neck'),
    )
    expect(neckFriendly.length).toBeGreaterThanOrEqual(6)
    // The walking break is an easy walk: low impact, like any walking.
    for (const e of entries.filter((x) => x.kind === 'mobility' || x.kind === 'breathing')) {
      expect(e.impact, e.id).toBe(e.id === 'walk-break' ? 'low' : 'none')
    }
  })

  it('has travel and outdoor options: walks, bursts, hotel room and seat', () => {
    for (const id of ['brisk-walk', 'speed-walk-burst', 'uphill-walk']) {
      expect(get(id).settings, id).toEqual(expect.arrayContaining(['outdoor', 'travel']))
    }
    // "3 x 30 s as fast as you can without jogging" on the outdoor day.
    expect(get('speed-walk-burst').impact).toBe('low')
    expect(get('speed-walk-burst').dose.min).toBeLessThanOrEqual(30)
    expect(get('speed-walk-burst').dose.max).toBeGreaterThanOrEqual(30)
    // Platform wait: calf raises and side steps; hotel: sit-to-stand.
    for (const id of ['calf-raise', 'side-steps', 'sit-to-stand']) {
      expect(get(id).settings, id).toContain('travel')
    }
    const seatTravel = entries.filter(
      (e) => e.settings.includes('travel') && e.position === 'seated' && e.equipment.length === 0,
    )
    expect(seatTravel.length).toBeGreaterThanOrEqual(8)
    const outdoorSnacks = entries.filter(
      (e) => e.settings.includes('outdoor') && (e.kind === 'cardio' || e.kind === 'strength'),
    )
    expect(outdoorSnacks.length).toBeGreaterThanOrEqual(10)
  })
})
