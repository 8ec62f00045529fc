import type { ExerciseEntry } from '@snackplan/catalog'
import { CLEARANCE_CONDITIONS, type Condition, type Profile } from '../types/profile'

/**
 * Conditions that cap effort and bar high impact until a clinician clears
 * vigorous effort: the same list as `CLEARANCE_CONDITIONS`.
 */
export const CAPPED_CONDITIONS: readonly Condition[] = CLEARANCE_CONDITIONS

const EFFORTS: readonly string[] = ['cardio', 'strength', 'isometric']

/**
 * The seed guide's choices for sore knees and hips (marching, calf raises,
 * wall push-ups, band rows, controlled squats to a chair, side steps with a
 * band, high knees without jumping, bike intervals), the built-in catalog's
 * ids for them, plus walking on the flat (brisk, and in short fast bursts
 * without jogging) and side steps without a band.
 */
export const JOINT_FRIENDLY: readonly string[] = [
  'marching-in-place',
  'seated-marching',
  'high-knees',
  'brisk-walk',
  'speed-walk-burst',
  'calf-raise',
  'seated-calf-raise',
  'single-leg-calf-raise',
  'wall-push-up',
  'band-row',
  'chair-squat',
  'sit-to-stand',
  'side-steps',
  'side-steps-band',
  'bike-intervals',
  'walk-with-bursts',
  'zone2-walk',
  'zone2-bike',
]

/**
 * The built-in safety semantics, written out by hand from the seed guides
 * rather than read from the default rules, so a rule that goes missing or
 * is mistyped shows up: returns why `entry` must never be scheduled for
 * `profile`, or an empty list.
 */
export function builtinContraindications(profile: Profile, entry: ExerciseEntry): string[] {
  const has = (c: Condition) => profile.conditions.includes(c)
  const cleared = profile.clearedForVigorous === true
  const why: string[] = []
  const noImpact: Condition[] = [
    'knee-pain',
    'hip-pain',
    'recent-injury',
    'recent-surgery',
    'pregnancy',
  ]
  if (entry.impact === 'high') {
    for (const c of noImpact) if (has(c)) why.push(`${c}: high impact`)
    for (const c of BLOOD_PRESSURE_CONDITIONS)
      if (has(c) && !cleared) why.push(`${c} (not cleared): high impact`)
  }
  // Knee or hip pain: efforts that load the joint come from the guide's low-impact list only.
  for (const [c, region] of [
    ['knee-pain', 'knee'],
    ['hip-pain', 'hip'],
  ] as const) {
    if (
      has(c) &&
      entry.loads.includes(region) &&
      EFFORTS.includes(entry.kind) &&
      !JOINT_FRIENDLY.includes(entry.id)
    )
      why.push(`${c}: ${entry.id} is not on the guide's low-impact list`)
  }
  if (has('pregnancy') && entry.position === 'floor') why.push('pregnancy: floor exercise')
  const regions = [
    ['wrist-pain', 'wrist'],
    ['shoulder-pain', 'shoulder'],
    ['back-pain', 'back'],
  ] as const
  for (const [c, region] of regions)
    if (has(c) && entry.loads.includes(region)) why.push(`${c}: loads the ${region}`)
  for (const region of profile.injuries ?? [])
    if (entry.loads.includes(region)) why.push(`injured ${region}: loads it`)
  return why
}

/** Whether an uncleared condition caps every snack's effort at 5/10. */
export function effortCapped(profile: Profile): boolean {
  return (
    profile.clearedForVigorous !== true &&
    profile.conditions.some((c) => CAPPED_CONDITIONS.includes(c))
  )
}

/** Conditions with which holds stay short and easy until a clinician clears vigorous effort. */
export const BLOOD_PRESSURE_CONDITIONS: readonly Condition[] = [
  'cardiovascular',
  'high-blood-pressure',
  'medication-affecting-heart-rate-bp-or-glucose',
]

/**
 * The longest hold (seconds, per side) and highest effort of an isometric
 * hold for this profile, or `undefined` when holds are not limited: straining
 * raises blood pressure, so uncleared heart, blood-pressure and medication
 * profiles hold for 20 s at most at 4/10 at most.
 */
export function holdLimit(profile: Profile):
  | {
      /** Longest hold, seconds per side. */
      sec: number
      /** Highest effort, RPE 1-10. */
      effort: number
    }
  | undefined {
  const limited =
    profile.clearedForVigorous !== true &&
    profile.conditions.some((c) => BLOOD_PRESSURE_CONDITIONS.includes(c))
  return limited ? { sec: 20, effort: 4 } : undefined
}
