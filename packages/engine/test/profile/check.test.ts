import { isSnackplanError, type SnackplanIssue } from '@snackplan/catalog'
import { describe, expect, it } from 'vitest'
import { checkProfile, loadProfile } from '../../src/profile'
import { validProfile } from './fixtures'

type Doc = ReturnType<typeof validProfile>

function errorsOf(doc: unknown): SnackplanIssue[] {
  const result = checkProfile(doc)
  if (result.ok) throw new Error('expected the profile to be refused')
  return result.errors
}

const codesAndPaths = (issues: readonly SnackplanIssue[]) =>
  issues.map(({ code, path }) => ({ code, path }))

describe('checkProfile accepts', () => {
  it('a valid profile, as a value or as JSON text, with no warnings', () => {
    const doc = validProfile()
    for (const input of [doc, JSON.stringify(doc)]) {
      const result = checkProfile(input)
      expect(result).toEqual({ ok: true, value: doc, warnings: [] })
    }
  })

  it('a "$schema" line for editors, as docs/getting-started.md advises (a string, not read)', () => {
    const doc = { $schema: 'https://snackplan.dev/schema/profile.schema.json', ...validProfile() }
    expect(checkProfile(doc)).toEqual({ ok: true, value: doc, warnings: [] })
    expect(codesAndPaths(errorsOf({ ...doc, $schema: 7 }))).toEqual([
      { code: 'schema/type', path: '/$schema' },
    ])
  })

  it('returns a deeply frozen copy and leaves the input alone', () => {
    const doc = validProfile()
    const result = checkProfile(doc)
    if (!result.ok) throw new Error('expected ok')
    expect(result.value).not.toBe(doc)
    expect(Object.isFrozen(result.value)).toBe(true)
    expect(Object.isFrozen(result.value.days.mon.work)).toBe(true)
    expect(Object.isFrozen(result.value.busy![0])).toBe(true)
    expect(Object.isFrozen(doc)).toBe(false)
  })

  it('accepts lunch on a day without work hours, and work that fills the waking day', () => {
    const doc = validProfile()
    doc.days.sat = { type: 'outdoor', lunch: '12:30' }
    doc.days.mon = { type: 'office', work: ['06:30', '22:30'], lunch: '06:30' }
    expect(checkProfile(doc)).toMatchObject({ ok: true, warnings: [] })
  })

  it('accepts a night shift: waking hours, work and meals that cross midnight', () => {
    const doc = validProfile()
    doc.wake = '20:00'
    doc.bed = '08:00'
    doc.days.mon = { type: 'office', work: ['22:00', '06:00'], lunch: '02:00', breakfast: '20:30' }
    doc.days.tue = { type: 'home', work: ['21:00', '05:30'], dinner: '06:30' }
    doc.days.thu = { type: 'office' }
    doc.days.wed = { type: 'home' }
    expect(checkProfile(doc)).toMatchObject({ ok: true, warnings: [] })
  })

  it('names both times when work lies outside waking hours', () => {
    const doc = validProfile()
    doc.wake = '06:00'
    doc.days.mon = { type: 'office', work: ['01:00', '04:00'] }
    const result = checkProfile(doc)
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.errors.map((e) => e.message)).toEqual([
        'work starts 01:00, before wake at 06:00',
      ])
    doc.days.mon = { type: 'office', work: ['08:00', '23:00'] }
    const late = checkProfile(doc)
    if (!late.ok) expect(late.errors[0]!.message).toBe('work ends 23:00, after bed at 22:30')
    expect(late.ok).toBe(false)
  })

  it('orders busy bounds with offsets as instants', () => {
    const doc = validProfile()
    // 10:00 in Stockholm (UTC+1 in November) is 09:00Z, so this block lasts an hour.
    doc.busy = [{ start: '2026-11-24T10:00', end: '2026-11-24T10:00:00Z' }]
    expect(checkProfile(doc).ok).toBe(true)
    doc.busy = [{ start: '2026-11-24T10:00', end: '2026-11-24T09:00Z' }]
    expect(codesAndPaths(errorsOf(doc))).toEqual([
      { code: 'profile/busy-not-ordered', path: '/busy/0/end' },
    ])
  })
})

describe('checkProfile semantic checks, one failing fixture each', () => {
  const cases: { name: string; code: string; path: string; mutate: (d: Doc) => void }[] = [
    {
      name: 'unknown IANA zone',
      code: 'profile/unknown-time-zone',
      path: '/timeZone',
      mutate: (d) => {
        d.timeZone = 'Europe/Atlantis'
      },
    },
    {
      name: 'programStart that is not a calendar day',
      code: 'profile/invalid-date',
      path: '/programStart',
      mutate: (d) => {
        d.programStart = '2026-02-30'
      },
    },
    {
      name: 'Feb 29 outside a leap year',
      code: 'profile/invalid-date',
      path: '/programStart',
      mutate: (d) => {
        d.programStart = '2100-02-29'
      },
    },
    {
      name: 'wake equal to bed',
      code: 'profile/wake-not-before-bed',
      path: '/bed',
      mutate: (d) => {
        d.bed = '06:30'
      },
    },
    {
      name: 'a night shift that starts work in the afternoon, outside its waking hours',
      code: 'profile/work-outside-waking-hours',
      path: '/days/mon/work/0',
      mutate: (d) => {
        d.wake = '20:00'
        d.bed = '08:00'
        d.days.mon = { type: 'office', work: ['15:00', '23:00'] }
        for (const w of ['tue', 'thu'] as const) d.days[w] = { type: 'office' }
      },
    },
    {
      name: 'dinner outside waking hours',
      code: 'profile/meal-outside-waking-hours',
      path: '/days/wed/dinner',
      mutate: (d) => {
        d.days.wed!.dinner = '23:00'
      },
    },
    {
      name: 'work ending before it starts',
      code: 'profile/work-not-ordered',
      path: '/days/tue/work/1',
      mutate: (d) => {
        d.days.tue = { type: 'office', work: ['17:00', '08:30'] }
      },
    },
    {
      name: 'work starting before wake',
      code: 'profile/work-outside-waking-hours',
      path: '/days/mon/work/0',
      mutate: (d) => {
        d.days.mon!.work = ['06:00', '17:00']
      },
    },
    {
      name: 'work ending after bed',
      code: 'profile/work-outside-waking-hours',
      path: '/days/thu/work/1',
      mutate: (d) => {
        d.days.thu!.work = ['08:30', '23:00']
      },
    },
    {
      name: 'lunch outside work hours',
      code: 'profile/lunch-outside-work',
      path: '/days/mon/lunch',
      mutate: (d) => {
        d.days.mon!.lunch = '17:00'
      },
    },
    {
      name: 'lunch outside waking hours on a day without work',
      code: 'profile/lunch-outside-waking-hours',
      path: '/days/wed/lunch',
      mutate: (d) => {
        d.days.wed!.lunch = '05:00'
      },
    },
    {
      name: 'busy block ending when it starts',
      code: 'profile/busy-not-ordered',
      path: '/busy/0/end',
      mutate: (d) => {
        d.busy[0]!.end = '2026-11-24T10:00:00'
      },
    },
    {
      name: 'busy bound on a day that does not exist',
      code: 'profile/invalid-date-time',
      path: '/busy/0/start',
      mutate: (d) => {
        d.busy[0]!.start = '2026-04-31T10:00'
      },
    },
    {
      name: 'feedback on a day that does not exist',
      code: 'profile/invalid-date',
      path: '/feedback/0/date',
      mutate: (d) => {
        d.feedback[0]!.date = '2026-06-31'
      },
    },
    {
      name: 'only rest days',
      code: 'profile/no-active-day',
      path: '/days',
      mutate: (d) => {
        for (const k of Object.keys(d.days)) d.days[k] = { type: 'rest' }
      },
    },
  ]

  it.each(cases)('$name -> $code at $path', ({ code, path, mutate }) => {
    const doc = validProfile()
    mutate(doc)
    const errors = errorsOf(doc)
    expect(codesAndPaths(errors)).toEqual([{ code, path }])
    expect(errors[0]!.message.length).toBeGreaterThan(10)
  })
})

describe('checkProfile schema checks', () => {
  const cases: { name: string; code: string; path: string; mutate: (d: Doc) => void }[] = [
    {
      name: 'unknown key at the top',
      code: 'schema/unknown-key',
      path: '/nickname',
      mutate: (d) => {
        d.nickname = 'A'
      },
    },
    {
      name: 'unknown key in a day',
      code: 'schema/unknown-key',
      path: '/days/wed/nap',
      mutate: (d) => {
        d.days.wed!.nap = '13:00'
      },
    },
    {
      name: 'unknown weekday',
      code: 'schema/unknown-key',
      path: '/days/funday',
      mutate: (d) => {
        d.days.funday = { type: 'home' }
      },
    },
    {
      name: 'missing weekday',
      code: 'schema/required',
      path: '/days/sun',
      mutate: (d) => {
        delete d.days.sun
      },
    },
    {
      name: '24:00 is not a time',
      code: 'schema/pattern',
      path: '/wake',
      mutate: (d) => {
        d.wake = '24:00'
      },
    },
    {
      name: 'a work tuple of three',
      code: 'schema/too-many',
      path: '/days/mon/work',
      mutate: (d) => {
        d.days.mon!.work = ['08:30', '12:00', '17:00']
      },
    },
    {
      name: 'effort above 10',
      code: 'schema/range',
      path: '/feedback/0/effort',
      mutate: (d) => {
        d.feedback[0]!.effort = 11
      },
    },
    {
      name: 'a bare offset as zone',
      code: 'schema/pattern',
      path: '/timeZone',
      mutate: (d) => {
        d.timeZone = '+01:00'
      },
    },
    {
      name: 'a profile id with a slash',
      code: 'schema/pattern',
      path: '/id',
      mutate: (d) => {
        d.id = 'anna/../bob'
      },
    },
    {
      name: 'busy bound with a bad offset',
      code: 'schema/pattern',
      path: '/busy/0/end',
      mutate: (d) => {
        d.busy[0]!.end = '2026-11-24T11:30+1'
      },
    },
  ]

  it.each(cases)('$name -> $code at $path', ({ code, path, mutate }) => {
    const doc = validProfile()
    mutate(doc)
    expect(codesAndPaths(errorsOf(doc))).toEqual([{ code, path }])
  })

  it.each([
    ['conditions', ['knee-pain', 'back-pain', 'knee-pain']],
    ['equipment', ['chair', 'band', 'chair']],
  ])('refuses a duplicate in %s, pointing at one of the pair', (key, list) => {
    const doc = validProfile()
    doc[key] = list
    const errors = errorsOf(doc)
    expect(errors).toHaveLength(1)
    expect(errors[0]!.code).toBe('schema/duplicate-item')
    // Which of the two equal items the path names is ajv's (and the catalog's) call.
    expect([`/${key}/0`, `/${key}/2`]).toContain(errors[0]!.path)
  })

  it('refuses too many busy blocks', () => {
    const doc = validProfile()
    doc.busy = Array.from({ length: 1001 }, () => ({
      start: '2026-11-24T10:00',
      end: '2026-11-24T11:00',
    }))
    expect(codesAndPaths(errorsOf(doc))).toEqual([{ code: 'schema/too-many', path: '/busy' }])
  })

  it('refuses input that is not a profile at all', () => {
    expect(codesAndPaths(errorsOf(42))).toEqual([{ code: 'schema/type', path: '' }])
    expect(codesAndPaths(errorsOf('{"id": '))).toEqual([{ code: 'json/parse', path: '' }])
  })
})

describe('checkProfile warnings', () => {
  it('warns about work hours on a rest day', () => {
    const doc = validProfile()
    doc.days.sun = { type: 'rest', work: ['09:00', '12:00'] }
    const result = checkProfile(doc)
    expect(result.ok).toBe(true)
    expect(codesAndPaths(result.warnings)).toEqual([
      { code: 'profile/rest-day-with-work', path: '/days/sun/work' },
    ])
  })

  it('warns about a zone spelled in the wrong letter case', () => {
    const doc = validProfile()
    doc.timeZone = 'europe/stockholm'
    const result = checkProfile(doc)
    expect(result.ok).toBe(true)
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'profile/time-zone-spelling', path: '/timeZone' }),
    ])
    expect(result.warnings[0]!.message).toContain('Europe/Stockholm')
  })

  it('loads a zone spelled in the wrong letter case in its canonical spelling', () => {
    for (const [written, canonical] of [
      ['europe/stockholm', 'Europe/Stockholm'],
      ['AMERICA/NEW_YORK', 'America/New_York'],
      ['utc', 'UTC'],
    ]) {
      const result = checkProfile({ ...validProfile(), timeZone: written })
      expect(result.ok && result.value.timeZone, written).toBe(canonical)
    }
  })
})

describe('all mistakes at once', () => {
  it('reports five different mistakes with their paths in one call', () => {
    const doc = validProfile()
    doc.days.wed!.nap = '13:00'
    doc.timeZone = 'Europe/Atlantis'
    doc.programStart = '2026-02-30'
    doc.busy[0]!.end = '2026-11-24T09:00'
    doc.feedback[0]!.effort = 11
    const errors = errorsOf(doc)
    expect(codesAndPaths(errors)).toEqual(
      expect.arrayContaining([
        { code: 'schema/unknown-key', path: '/days/wed/nap' },
        { code: 'schema/range', path: '/feedback/0/effort' },
        { code: 'profile/unknown-time-zone', path: '/timeZone' },
        { code: 'profile/invalid-date', path: '/programStart' },
        { code: 'profile/busy-not-ordered', path: '/busy/0/end' },
      ]),
    )
    expect(errors).toHaveLength(5)
  })
})

describe('loadProfile', () => {
  it('returns the checked profile', () => {
    expect(loadProfile(validProfile()).id).toBe('anna')
  })

  it('throws a SnackplanError naming the profile, the path and every problem', () => {
    const doc = validProfile()
    doc.timeZone = 'Europe/Atlantis'
    doc.bed = doc.wake
    let thrown: unknown
    try {
      loadProfile(doc)
    } catch (e) {
      thrown = e
    }
    expect(isSnackplanError(thrown)).toBe(true)
    if (!isSnackplanError(thrown)) return
    expect(thrown.message).toMatch(/^\[snackplan\] \[profile\] \/timeZone: .* \(and 1 more\)$/)
    expect(thrown.code).toBe('profile/unknown-time-zone')
    expect(thrown.path).toBe('/timeZone')
    expect(codesAndPaths(thrown.errors)).toEqual([
      { code: 'profile/unknown-time-zone', path: '/timeZone' },
      { code: 'profile/wake-not-before-bed', path: '/bed' },
    ])
  })
})

describe('checkProfile applies the text policy', () => {
  it('refuses a bidi control or a lone surrogate, in a value or a key, at its path', () => {
    const doc = { ...validProfile(), id: 'anna\uD800', '\u202Ewake': '07:00' }
    const issues = codesAndPaths(errorsOf(doc)).filter((i) => i.code.startsWith('text/'))
    expect(issues).toEqual([
      { code: 'text/lone-surrogate', path: '/id' },
      { code: 'text/bidi-control', path: '/\u202Ewake' },
    ])
  })
})
