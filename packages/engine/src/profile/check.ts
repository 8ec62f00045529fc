import {
  boundIssues,
  type CheckResult,
  cleanDocument,
  DEFAULT_LIMITS,
  deepFreeze,
  MAX_ERRORS,
  readJsonInput,
  SnackplanError,
  type SnackplanIssue,
  validateSchema,
} from '@snackplan/catalog'
import { validateProfile } from '../generated/profile-validator.js'
import type { Profile } from '../types/profile'
import { MAX_BUSY, MAX_FEEDBACK, profileSchema } from './schema'
import { semanticIssues } from './semantic'
import { canonicalZone } from './zone'

// The profiles checkProfile returned, each with the warnings it checks again
// with. Each is deeply frozen and checks again to an equal profile with
// those warnings (a property test pins both), so it is answered as it is,
// as checkRuleSet answers the sets it returned: plan() checks its profile
// on every call, and a feed has checked it just before.
const returned = new WeakMap<object, readonly SnackplanIssue[]>()

/** Whether `value` is a profile {@link checkProfile} returned (and so needs no check again). */
export function isCheckedProfile(value: unknown): value is Profile {
  return typeof value === 'object' && value !== null && returned.has(value)
}

/**
 * Validates a profile (JSON text or a parsed value): size limits, then the
 * JSON Schema, then the rules a schema cannot say (a real IANA zone, real
 * calendar dates, wake before bed, work hours inside waking hours, lunch
 * inside work hours, busy blocks that end after they start, at least one day
 * that is not a rest day). Reports every problem at once (at most 50), each
 * with a stable code, a JSON pointer path and a readable message.
 *
 * Strings follow the text policy (see `cleanText`): NFC, TAB as a space, no
 * lone surrogate, bidirectional control or control character. A zone name
 * in the wrong letter case is loaded in the runtime's spelling (with a
 * `profile/time-zone-spelling` warning).
 *
 * @returns the profile, NFC-normalised and deeply frozen, with any warnings;
 *   or the errors. Never throws for bad input. A profile this function
 *   returned comes back as it is, with its own warnings, without being
 *   checked again; a copy of it is checked like any document.
 */
export function checkProfile(input: unknown): CheckResult<Profile> {
  if (isCheckedProfile(input))
    return { ok: true, value: input, warnings: [...returned.get(input)!] }
  // Lists longer than the schema allows are refused before anything walks them.
  const read = readJsonInput(input, DEFAULT_LIMITS, { busy: MAX_BUSY, feedback: MAX_FEEDBACK })
  if (read.errors.length > 0) return { ok: false, errors: read.errors, warnings: [] }
  const schema = validateSchema(validateProfile, read.value, ['busy', 'feedback'], profileSchema)
  if (!schema.complete) {
    return { ok: false, errors: boundIssues(schema.issues, MAX_ERRORS, false), warnings: [] }
  }
  const schemaErrors = schema.issues
  // cleanDocument copies, so freezing the result never freezes the caller's object.
  const { value: doc, issues: textIssues } = cleanDocument(read.value)
  const { errors, warnings } = semanticIssues(doc)
  const all = [...schemaErrors, ...textIssues, ...errors]
  if (all.length > 0) return { ok: false, errors: boundIssues(all), warnings }
  const profile = doc as Profile
  // The spelling warning stays: the file should say it too.
  profile.timeZone = canonicalZone(profile.timeZone)
  // Loaded in the runtime's spelling, the profile no longer warns about it.
  const own = warnings.filter((w) => w.code !== 'profile/time-zone-spelling')
  returned.set(deepFreeze(profile), own)
  return { ok: true, value: profile, warnings }
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
