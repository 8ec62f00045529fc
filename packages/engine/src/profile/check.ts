import {
  boundIssues,
  type CheckResult,
  deepFreeze,
  issuesFromSchemaErrors,
  normalizeText,
  readJsonInput,
  SnackplanError,
} from '@snackplan/catalog'
import { validateProfile } from '../generated/profile-validator.js'
import type { Profile } from '../types/profile'
import { semanticIssues } from './semantic'

/**
 * Validates a profile (JSON text or a parsed value): size limits, then the
 * JSON Schema, then the rules a schema cannot say (a real IANA zone, real
 * calendar dates, wake before bed, work hours inside waking hours, lunch
 * inside work hours, busy blocks that end after they start, at least one day
 * that is not a rest day). Reports every problem at once (at most 50), each
 * with a stable code, a JSON pointer path and a readable message.
 *
 * @returns the profile, NFC-normalised and deeply frozen, with any warnings;
 *   or the errors. Never throws for bad input.
 */
export function checkProfile(input: unknown): CheckResult<Profile> {
  const read = readJsonInput(input)
  if (read.errors.length > 0) return { ok: false, errors: read.errors, warnings: [] }
  const schemaErrors = validateProfile(read.value)
    ? []
    : issuesFromSchemaErrors(validateProfile.errors ?? [])
  // normalizeText copies, so freezing the result never freezes the caller's object.
  const doc = normalizeText(read.value)
  const { errors, warnings } = semanticIssues(doc)
  const all = [...schemaErrors, ...errors]
  if (all.length > 0) return { ok: false, errors: boundIssues(all), warnings }
  return { ok: true, value: deepFreeze(doc as Profile), warnings }
}

/**
 * Like {@link checkProfile} but returns the profile or throws a
 * SnackplanError (message `[snackplan] [profile] <path>: <message>`, every
 * problem in `errors`). Warnings are dropped; use `checkProfile` to see them.
 */
export function loadProfile(input: unknown): Profile {
  const result = checkProfile(input)
  if (!result.ok) throw new SnackplanError(result.errors, 'profile')
  return result.value
}
