import {
  createPlanner,
  type Plan,
  type PlannedDay,
  type PlannedSnack,
  type Profile,
} from '../../src/index'
import { checkInvariants } from '../../src/testing/index'
import { sampleProfile } from '../invariants/fixtures'

/** The default planner, shared by the guides tests. */
export const planner = createPlanner()

/** The effortful snacks of a day (not its pauses and sessions). */
export const snacksOf = (d: PlannedDay): PlannedSnack[] =>
  d.snacks.filter((s) => (s.type ?? 'snack') === 'snack')

/** Every item of a plan of one type. */
export const itemsOf = (plan: Plan, type: NonNullable<PlannedSnack['type']>): PlannedSnack[] =>
  plan.days.flatMap((d) => d.snacks).filter((s) => (s.type ?? 'snack') === type)

/** A plan from programStart, checked against every invariant before a test reads it. */
export async function checkedPlan(profile: Profile, days: number, seed = 1): Promise<Plan> {
  const plan = await planner.plan({ profile, days, seed })
  const problems = checkInvariants(plan, { profile, request: { days } })
  if (problems.length > 0) throw new Error(`${profile.id}: ${problems.join('\n')}`)
  return plan
}

const workWeek = (type: 'office' | 'home', work: [string, string], lunch: string) => ({
  type,
  work,
  lunch,
})

/**
 * People the guides are written for, beyond the three samples: a beginner
 * with stairs and no condition (eva), a knee-pain office worker (karin), a
 * home worker with hip pain and a bike (priya), someone with no rest day
 * (nils) and three meals a day (maja).
 */
export const people: Record<string, Profile> = {
  anna: sampleProfile('anna'),
  lars: sampleProfile('lars'),
  sam: sampleProfile('sam'),
  eva: {
    ...sampleProfile('anna'),
    id: 'eva',
    conditions: [],
    busy: [],
    preferences: { discreet: false },
  },
  karin: {
    ...sampleProfile('lars'),
    id: 'karin',
    locale: 'sv',
    conditions: ['knee-pain'],
    equipment: ['chair', 'band', 'stairs', 'step'],
    preferences: { focus: 'strength' },
  },
  priya: {
    ...sampleProfile('anna'),
    id: 'priya',
    locale: 'en',
    conditions: ['hip-pain'],
    equipment: ['chair', 'bike', 'band'],
    busy: [],
    days: {
      mon: workWeek('home', ['09:00', '17:00'], '12:00'),
      tue: workWeek('home', ['09:00', '17:00'], '12:00'),
      wed: workWeek('home', ['09:00', '17:00'], '12:00'),
      thu: workWeek('office', ['09:00', '17:00'], '12:00'),
      fri: { type: 'home' },
      sat: { type: 'outdoor' },
      sun: { type: 'rest' },
    },
  },
  nils: {
    ...sampleProfile('lars'),
    id: 'nils',
    level: 'beginner',
    busy: [],
    feedback: [],
    days: {
      mon: workWeek('office', ['08:00', '16:00'], '11:30'),
      tue: workWeek('office', ['08:00', '16:00'], '11:30'),
      wed: workWeek('office', ['08:00', '16:00'], '11:30'),
      thu: workWeek('office', ['08:00', '16:00'], '11:30'),
      fri: workWeek('office', ['08:00', '16:00'], '11:30'),
      sat: { type: 'outdoor' },
      sun: { type: 'home' },
    },
  },
  maja: {
    ...sampleProfile('lars'),
    id: 'maja',
    level: 'intermediate',
    conditions: [],
    busy: [],
    feedback: [],
    days: {
      mon: {
        type: 'home',
        work: ['08:00', '16:00'],
        breakfast: '07:00',
        lunch: '12:00',
        dinner: '18:00',
      },
      tue: {
        type: 'office',
        work: ['08:00', '16:00'],
        breakfast: '07:00',
        lunch: '12:00',
        dinner: '18:00',
      },
      wed: {
        type: 'home',
        work: ['08:00', '16:00'],
        breakfast: '07:00',
        lunch: '12:00',
        dinner: '18:00',
      },
      thu: {
        type: 'office',
        work: ['08:00', '16:00'],
        breakfast: '07:00',
        lunch: '12:00',
        dinner: '18:00',
      },
      fri: { type: 'home', breakfast: '07:30', lunch: '12:30', dinner: '18:30' },
      sat: { type: 'outdoor', breakfast: '08:00', lunch: '12:30', dinner: '18:30' },
      sun: { type: 'rest' },
    },
  },
}
