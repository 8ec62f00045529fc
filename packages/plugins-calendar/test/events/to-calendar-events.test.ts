import { defaultCatalog, isSnackplanError } from '@snackplan/catalog'
import type { Plan } from '@snackplan/engine'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toCalendarEvents } from '../../src'
import { catalog } from '../fixtures/catalog'
import { annaPlan } from '../fixtures/plan'

function thrown(fn: () => unknown): { code: string; path: string; message: string } {
  try {
    fn()
  } catch (error) {
    if (isSnackplanError(error)) return error
    throw error
  }
  throw new Error('expected a SnackplanError')
}

describe('toCalendarEvents: uids', () => {
  it('gives the same uids for the same plan, one per snack, all distinct', () => {
    const a = toCalendarEvents(annaPlan(), { catalog })
    const b = toCalendarEvents(annaPlan(), { catalog })
    expect(a.map((e) => e.uid)).toEqual(b.map((e) => e.uid))
    expect(new Set(a.map((e) => e.uid)).size).toBe(3)
    for (const e of a) expect(e.uid).toMatch(/^[0-9a-f]{32}@snackplan$/)
  })

  it('does not change with locale, alarms or min duration (the slot is the identity)', () => {
    const en = toCalendarEvents(annaPlan(), { catalog }).map((e) => e.uid)
    const sv = toCalendarEvents(annaPlan(), {
      catalog,
      locale: 'sv',
      minDurationMin: 10,
      alarms: [{ minutesBefore: 5 }],
    }).map((e) => e.uid)
    expect(sv).toEqual(en)
  })

  it('differs between profile ids and never contains the profile id', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-z0-9-]{2,20}$/),
        fc.stringMatching(/^[a-z][a-z0-9-]{2,20}$/),
        (p, q) => {
          fc.pre(p !== q)
          const a = toCalendarEvents(annaPlan(p), { catalog })
          const b = toCalendarEvents(annaPlan(q), { catalog })
          for (let i = 0; i < a.length; i++) {
            expect(a[i]?.uid).not.toBe(b[i]?.uid)
            expect(a[i]?.uid).not.toContain(p)
          }
        },
      ),
      { numRuns: 50 },
    )
  })

  it('changes every uid when a uidSecret is given', () => {
    const plain = toCalendarEvents(annaPlan(), { catalog }).map((e) => e.uid)
    const keyed = toCalendarEvents(annaPlan(), { catalog, uidSecret: 's3cret' }).map((e) => e.uid)
    for (let i = 0; i < plain.length; i++) expect(keyed[i]).not.toBe(plain[i])
  })
})

describe('toCalendarEvents: times', () => {
  it('writes UTC instants and stretches short snacks to the minimum duration', () => {
    const [first] = toCalendarEvents(annaPlan(), { catalog })
    expect(first?.start).toBe('2026-11-23T08:30:00Z')
    expect(first?.end).toBe('2026-11-23T08:35:00Z')
    expect(first?.timeZone).toBe('Europe/Stockholm')
  })

  it('keeps the real end when the snack is longer than the minimum', () => {
    const events = toCalendarEvents(annaPlan(), { catalog, minDurationMin: 2 })
    expect(events[1]?.end).toBe('2026-11-23T11:47:30Z')
    expect(events[0]?.end).toBe('2026-11-23T08:32:00Z')
  })

  it('takes the real length with minDurationMin 0', () => {
    const [first] = toCalendarEvents(annaPlan(), { catalog, minDurationMin: 0 })
    expect(first?.end).toBe('2026-11-23T08:31:00Z')
  })

  it('derives DTSTAMP from the plan, or the stamp option, never the clock', () => {
    expect(toCalendarEvents(annaPlan(), { catalog })[0]?.stamp).toBe('2026-11-23T00:00:00Z')
    expect(
      toCalendarEvents(annaPlan(), { catalog, stamp: '2026-11-20T13:05:09.250+01:00' })[0]?.stamp,
    ).toBe('2026-11-20T12:05:09Z')
  })

  it('never ends an event before it starts, and lasts at least minDurationMin', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }),
        fc.integer({ min: 0, max: 3 * 3600 }),
        fc.integer({ min: -14, max: 14 }),
        fc.integer({ min: 0, max: 120 }),
        (startMs, lengthSec, offsetH, minDurationMin) => {
          const iso = (ms: number) => {
            const local = new Date(ms + offsetH * 3_600_000).toISOString().slice(0, 19)
            const sign = offsetH < 0 ? '-' : '+'
            return `${local}${sign}${String(Math.abs(offsetH)).padStart(2, '0')}:00`
          }
          const plan = annaPlan()
          const day = plan.days[0]
          if (!day?.snacks[0]) throw new Error('fixture')
          day.snacks = [
            { ...day.snacks[0], start: iso(startMs), end: iso(startMs + lengthSec * 1000) },
          ]
          plan.days = [day]
          const [e] = toCalendarEvents(plan, { catalog, minDurationMin })
          const start = Date.parse(e?.start ?? '')
          const end = Date.parse(e?.end ?? '')
          expect(start).toBe(Math.floor(startMs / 1000) * 1000)
          expect(end).toBeGreaterThanOrEqual(start + minDurationMin * 60_000)
          expect(end).toBeGreaterThanOrEqual(start)
        },
      ),
    )
  })
})

describe('toCalendarEvents: text', () => {
  it('titles events with name and dose in en, sv and da', () => {
    const titles = (locale: 'en' | 'sv' | 'da') =>
      toCalendarEvents(annaPlan(), { catalog, locale }).map((e) => e.summary)
    expect(titles('en')).toEqual([
      'Chair squat · 45 s',
      'Plank · 2 × hold 30 s',
      'Reverse lunge · 8 reps per side',
    ])
    expect(titles('sv')).toEqual([
      'Knäböj mot stol · 45 s',
      'Planka · 2 × håll 30 s',
      'Bakåtutfall · 8 rep per sida',
    ])
    expect(titles('da')).toEqual([
      'Squat mod stol · 45 s',
      'Planke · 2 × hold 30 s',
      'Baglæns udfald · 8 gent. pr. side',
    ])
  })

  it('describes dose, warm-up, effort, cues, reasons, safety and advisories', () => {
    const [squat, plank] = toCalendarEvents(annaPlan(), { catalog })
    expect(squat?.description).toBe(
      [
        'Dose: 45 s.\nTakes about 1 min in all, warm-up and rest included.\nThe calendar slot is 5 min so that it shows.\nWarm up first: 15 s of light movement.\nEffort: about 7/10, warm and out of breath, you can speak in short phrases.\nBefore and after: 4 calm breaths.',
        'How: Sit back until you touch the chair, then stand up tall.',
        'Why:\n- When: hourly-active-pause\n- Swapped for safety: knee-pain-no-impact',
        'Safety: Stop on sharp knee pain.',
        'Note: With knee pain, keep to low-impact moves.',
      ].join('\n\n'),
    )
    expect(plank?.description).toContain('Dose: hold 30 s, 2 rounds with 60 s rest between.')
    expect(plank?.description).toContain('Takes about 2 min in all')
    expect(plank?.description).not.toContain('Warm up')
    expect(plank?.description).toContain('Progression today: a faster tempo.')
    expect(plank?.description).toContain('- Program: starter-day-1')
    expect(plank?.description).toContain('- Effort limited: evening-effort')
  })

  it('localises the description and categories', () => {
    const [sv] = toCalendarEvents(annaPlan(), { catalog, locale: 'sv' })
    expect(sv?.description).toContain('Dos: 45 s.')
    expect(sv?.description).toContain('Värm upp först: 15 s lätt rörelse.')
    expect(sv?.description).toContain('- Utbytt av säkerhetsskäl: knee-pain-no-impact')
    expect(sv?.description).toContain('Säkerhet: Avbryt vid skarp smärta i knät.')
    expect(sv?.description).toContain('Obs: Vid knäsmärta, håll dig till skonsamma rörelser.')
    expect(sv?.categories).toEqual(['Mikropass', 'Styrka'])
    const [da] = toCalendarEvents(annaPlan(), { catalog, locale: 'da' })
    expect(da?.description).toContain('Sådan gør du: Sæt dig bagud')
    expect(da?.categories).toEqual(['Mikrotræning', 'Styrke'])
  })

  it('keeps unknown reason kinds and plain reasons as written', () => {
    const plan = annaPlan()
    const s = plan.days[0]?.snacks[0]
    if (!s) throw new Error('fixture')
    s.reasons = ['custom:my-rule', 'no-kind']
    const [e] = toCalendarEvents(plan, { catalog })
    expect(e?.description).toContain('- custom:my-rule\n- no-kind')
  })

  it('adds localised display alarms', () => {
    const [e] = toCalendarEvents(annaPlan(), {
      catalog,
      locale: 'sv',
      alarms: [{ minutesBefore: 5 }, { minutesBefore: 0 }],
    })
    expect(e?.alarms).toEqual([
      { minutesBefore: 5, description: 'Mikropass om 5 min: Knäböj mot stol · 45 s' },
      { minutesBefore: 0, description: 'Mikropass nu: Knäböj mot stol · 45 s' },
    ])
  })
})

describe('toCalendarEvents: sequence', () => {
  it('is 0 without previous events and keeps the previous value when nothing changed', () => {
    const first = toCalendarEvents(annaPlan(), { catalog })
    expect(first.map((e) => e.sequence)).toEqual([0, 0, 0])
    const served = first.map((e) => ({ ...e, sequence: 3 }))
    expect(
      toCalendarEvents(annaPlan(), { catalog, previous: served }).map((e) => e.sequence),
    ).toEqual([3, 3, 3])
  })

  it('grows by one for a changed snack only', () => {
    const served = toCalendarEvents(annaPlan(), { catalog }).map((e) => ({ ...e, sequence: 2 }))
    const moved = annaPlan()
    const s = moved.days[1]?.snacks[0]
    if (!s) throw new Error('fixture')
    s.start = '2026-11-24T15:30:00+01:00'
    s.end = '2026-11-24T15:31:00+01:00'
    expect(toCalendarEvents(moved, { catalog, previous: served }).map((e) => e.sequence)).toEqual([
      2, 2, 3,
    ])
    const reworded = toCalendarEvents(annaPlan(), { catalog, previous: served, locale: 'da' })
    expect(reworded.map((e) => e.sequence)).toEqual([3, 3, 3])
  })
})

describe('toCalendarEvents: bad input', () => {
  it('rejects an unknown locale', () => {
    const e = thrown(() => toCalendarEvents(annaPlan(), { catalog, locale: 'de' as never }))
    expect(e.code).toBe('calendar/locale')
    expect(e.path).toBe('/locale')
    expect(e.message).toMatch(/^\[snackplan\] \[calendar\] \/locale: unknown locale "de"/)
  })

  it('rejects an exercise the catalog does not have, pointing at it', () => {
    const plan: Plan = annaPlan()
    const s = plan.days[1]?.snacks[0]
    if (!s) throw new Error('fixture')
    s.exerciseId = 'moon-walk'
    const e = thrown(() => toCalendarEvents(plan, { catalog }))
    expect(e.code).toBe('calendar/unknown-exercise')
    expect(e.path).toBe('/days/1/snacks/0/exerciseId')
  })

  it('rejects times without an offset, ends before starts, bad alarms and durations', () => {
    const plan = annaPlan()
    const s = plan.days[0]?.snacks[0]
    if (!s) throw new Error('fixture')
    s.start = '2026-11-23T09:30'
    expect(thrown(() => toCalendarEvents(plan, { catalog })).path).toBe('/days/0/snacks/0/start')
    s.start = '2026-11-23T09:32:00+01:00'
    expect(thrown(() => toCalendarEvents(plan, { catalog })).path).toBe('/days/0/snacks/0/end')
    expect(
      thrown(() => toCalendarEvents(annaPlan(), { catalog, alarms: [{ minutesBefore: -1 }] })).path,
    ).toBe('/alarms/0/minutesBefore')
    expect(
      thrown(() => toCalendarEvents(annaPlan(), { catalog, minDurationMin: Number.NaN })).code,
    ).toBe('calendar/min-duration')
    expect(thrown(() => toCalendarEvents(annaPlan(), { catalog, stamp: 'yesterday' })).path).toBe(
      '/stamp',
    )
  })

  it('looks exercises up in the built-in catalog by default', () => {
    const first = defaultCatalog.exercises[0]
    if (!first) throw new Error('empty default catalog')
    const plan = annaPlan()
    plan.days = plan.days.slice(0, 1)
    for (const s of plan.days[0]?.snacks ?? []) s.exerciseId = first.id
    const [e] = toCalendarEvents(plan, { locale: 'da' })
    expect(e?.summary.startsWith(`${first.name.da} · `)).toBe(true)
    const unknown = annaPlan()
    for (const s of unknown.days[0]?.snacks ?? []) s.exerciseId = 'no-such-exercise'
    expect(thrown(() => toCalendarEvents(unknown)).path).toBe('/days/0/snacks/0/exerciseId')
  })
})
