import { readFileSync } from 'node:fs'
import type { ExerciseEntry } from '@snackplan/catalog'
import {
  addDays,
  daysBetween,
  type Plan,
  type PlannedDay,
  type PlanRequest,
  type Profile,
  weekdayOf,
} from '@snackplan/engine'
import type { ExerciseLookup } from '@snackplan/plugins-calendar'
import type { FeedPlanner } from '../../src/feed'

/** The architecture page's sample profile (examples/profiles/anna.json): Stockholm, Swedish, office weekdays. */
export const anna: Profile = JSON.parse(
  readFileSync(new URL('../../../../examples/profiles/anna.json', import.meta.url), 'utf8'),
)

/** A Los Angeles profile, for windows whose "today" differs from UTC's. */
export const lee: Profile = {
  ...anna,
  id: 'lee',
  locale: 'en',
  timeZone: 'America/Los_Angeles',
  conditions: [],
}

// The office-day times of the seed guide; winter dates, so a fixed offset is
// right for Stockholm (+01:00) and Los Angeles (-08:00) in every test window.
const SLOTS = ['09:30', '11:00', '12:45', '15:00']

function day(profile: Profile, date: string): PlannedDay {
  const dayType = profile.days[weekdayOf(date)].type
  const offset = profile.timeZone === 'America/Los_Angeles' ? '-08:00' : '+01:00'
  const snacks =
    dayType === 'rest'
      ? []
      : SLOTS.slice(0, 2).map((time, i) => ({
          id: `${profile.id}-${date}-${i + 1}`,
          start: `${date}T${time}:00${offset}`,
          end: `${date}T${time.slice(0, 3)}${String(Number(time.slice(3)) + 1).padStart(2, '0')}:00${offset}`,
          exerciseId: i === 0 ? 'chair-squat' : 'wall-push-up',
          kind: 'strength' as const,
          durationSec: 45,
          dose: 45,
          rounds: 1,
          restSec: 0,
          effort: 7,
          focus: 'strength' as const,
          warmupSec: 15,
          modifiers: [],
          reasons: ['trigger:hourly-active-pause', 'substitute:knee-pain-no-impact'],
        }))
  return {
    date,
    dayType,
    programDay: daysBetween(profile.programStart, date) + 1,
    totalActiveSec: snacks.length * 45,
    snacks,
  }
}

/** A planner double: records each request and answers with a realistic plan for it. */
export function fakePlanner(): FeedPlanner & { requests: PlanRequest[] } {
  const requests: PlanRequest[] = []
  return {
    requests,
    async plan(request) {
      requests.push(request)
      const from = request.from ?? request.profile.programStart
      const count = request.days ?? 7
      const days = Array.from({ length: count }, (_, i) => day(request.profile, addDays(from, i)))
      const plan: Plan = {
        profileId: request.profile.id,
        timeZone: request.profile.timeZone,
        from,
        to: addDays(from, count - 1),
        rules: { id: 'snackplan-default', version: '1.0.0' },
        days,
        excluded: [{ exerciseId: 'jumping-jacks', reasons: ['knee-pain-no-impact'] }],
        advisories: [],
      }
      return plan
    },
  }
}

/** Profiles by id, as a feed's `getProfile` would look them up. */
export const profiles: Record<string, Profile> = { anna, lee }

/** Monday 2026-11-30 10:00 in Stockholm. */
export const NOW = new Date('2026-11-30T09:00:00Z')

const chairSquat: ExerciseEntry = {
  id: 'chair-squat',
  name: { en: 'Chair squat', sv: 'Knäböj mot stol', da: 'Squat mod stol' },
  cues: {
    en: 'Sit back until you touch the chair, then stand up tall.',
    sv: 'Sätt dig bakåt tills du nuddar stolen och res dig sedan rak.',
    da: 'Sæt dig bagud, til du rører stolen, og rejs dig så op.',
  },
  safety: {
    en: 'Stop on sharp knee pain.',
    sv: 'Avbryt vid skarp smärta i knät.',
    da: 'Stop ved skarp smerte i knæet.',
  },
  kind: 'strength',
  impact: 'none',
  dose: { unit: 'seconds', min: 20, default: 45, max: 60, perSide: false },
  effort: { min: 5, target: 7, max: 8 },
  settings: ['office', 'home', 'travel'],
  discreet: true,
  equipment: ['chair'],
  loads: ['knee', 'hip'],
  position: 'standing',
  progressions: ['tempo', 'pause', 'load'],
}

const wallPushUp: ExerciseEntry = {
  id: 'wall-push-up',
  name: { en: 'Wall push-up', sv: 'Armhävning mot vägg', da: 'Armstrækning mod væg' },
  cues: {
    en: 'Hands on the wall at shoulder height, body straight, chest to the wall and back.',
    sv: 'Händerna mot väggen i axelhöjd, rak kropp, bröstet mot väggen och tillbaka.',
    da: 'Hænderne mod væggen i skulderhøjde, lige krop, brystet mod væggen og tilbage.',
  },
  safety: {
    en: 'Stop if your wrists or shoulders hurt.',
    sv: 'Avbryt om handleder eller axlar gör ont.',
    da: 'Stop, hvis håndled eller skuldre gør ondt.',
  },
  kind: 'strength',
  impact: 'none',
  dose: { unit: 'seconds', min: 20, default: 45, max: 60, perSide: false },
  effort: { min: 5, target: 7, max: 8 },
  settings: ['office', 'home', 'travel'],
  discreet: true,
  equipment: [],
  loads: ['shoulder', 'wrist'],
  position: 'standing',
  progressions: ['tempo', 'pause'],
}

/** The two exercises the fake plans use, looked up like a loaded catalog. */
export const catalog: ExerciseLookup = {
  get: (id) => [chairSquat, wallPushUp].find((entry) => entry.id === id),
}
