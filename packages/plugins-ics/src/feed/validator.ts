import type { ExerciseEntry } from '@snackplan/catalog'
import { contentHash } from '@snackplan/engine'
import type { ExerciseLookup, PreviousEvent } from '@snackplan/plugins-calendar/events'

// Hex digits of SHA-256 an ETag keeps: 128 bits, far beyond any chance collision.
const VALIDATOR_DIGITS = 32

const lookupHashes = new WeakMap<object, string>()

/**
 * The content hash of the exercises a loaded catalog holds, once per catalog
 * (loaded catalogs are deeply frozen, so their content never changes), or
 * `undefined` for a lookup whose answers cannot be read ahead.
 */
export function lookupHash(lookup: ExerciseLookup): string | undefined {
  const known = lookupHashes.get(lookup)
  if (known !== undefined) return known
  const exercises = (lookup as { exercises?: readonly ExerciseEntry[] }).exercises
  if (!Object.isFrozen(lookup) || !Array.isArray(exercises) || !Object.isFrozen(exercises)) {
    return undefined
  }
  const hash = contentHash(exercises)
  lookupHashes.set(lookup, hash)
  return hash
}

// A memory store hands back the same array until it changes: hash it once.
const stateHashes = new WeakMap<readonly PreviousEvent[], string>()

/** The content hash of a store's record, once per record object. */
export function stateHash(state: readonly PreviousEvent[]): string {
  let hash = stateHashes.get(state)
  if (hash === undefined) {
    hash = contentHash(state)
    stateHashes.set(state, hash)
  }
  return hash
}

/**
 * The strong validator (ETag without quotes) of a feed body: the hash of its
 * inputs, and with a store of what the store holds once the body is served.
 * The body is a function of exactly these: unchanged snacks keep the SEQUENCE
 * and DTSTAMP the store holds, and changed ones are recorded with theirs.
 */
export function feedValidator(inputs: string, state: readonly PreviousEvent[] | undefined): string {
  const key = state === undefined ? inputs : contentHash([inputs, stateHash(state)])
  return key.slice(0, VALIDATOR_DIGITS)
}
