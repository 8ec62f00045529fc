import { SnackplanError, type SnackplanIssue, showTyped } from '@snackplan/catalog'
import type { PlanRequest } from '../plugins/types'
import { checkProfile } from '../profile'
import { addDays, daysBetween, isLocalDate } from '../time'
import type { Profile } from '../types/profile'

/** The most days one plan may cover. */
export const MAX_DAYS = 366

/** A request that passed every check: the profile and the dates to plan. */
export interface ValidRequest {
  profile: Profile
  dates: string[]
  seed: number
}

/** Validates a plan request; throws one SnackplanError listing every problem. */
export function validateRequest(request: PlanRequest): ValidRequest {
  if (typeof request !== 'object' || request === null) {
    throw new SnackplanError(
      [
        {
          code: 'request/invalid',
          path: '',
          message: 'plan() takes { profile, from, days | to, seed }',
        },
      ],
      'engine',
    )
  }
  const checked = checkProfile(request.profile)
  if (!checked.ok) {
    const errors = checked.errors.map((e) => ({ ...e, path: `/profile${e.path}` }))
    throw new SnackplanError(errors, 'profile')
  }
  const profile = checked.value
  const issues: SnackplanIssue[] = []
  const from = request.from ?? profile.programStart
  if (!isLocalDate(from))
    issues.push({
      code: 'request/invalid-date',
      path: '/from',
      message: `from must be a date YYYY-MM-DD, got ${showTyped(from)}`,
    })
  let days = request.days ?? 7
  if (request.to !== undefined) {
    if (request.days !== undefined)
      issues.push({
        code: 'request/days-and-to',
        path: '/to',
        message: 'give days or to, not both',
      })
    else if (!isLocalDate(request.to))
      issues.push({
        code: 'request/invalid-date',
        path: '/to',
        message: `to must be a date YYYY-MM-DD, got ${showTyped(request.to)}`,
      })
    else if (isLocalDate(from)) days = daysBetween(from, request.to) + 1
  }
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
    issues.push({
      code: 'request/invalid-days',
      path: request.to !== undefined ? '/to' : '/days',
      message: `the plan must cover 1 to ${MAX_DAYS} days (a whole number), got ${showTyped(days)}`,
    })
  }
  const seed = request.seed ?? 1
  if (!Number.isSafeInteger(seed))
    issues.push({
      code: 'request/invalid-seed',
      path: '/seed',
      message: `seed must be a whole number, got ${showTyped(seed)}`,
    })
  if (issues.length > 0) throw new SnackplanError(issues, 'engine')
  return { profile, dates: Array.from({ length: days }, (_, i) => addDays(from, i)), seed }
}
