import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, type Hash, utf8ToBytes } from '@noble/hashes/utils.js'
import { remember } from './events/remember'

// A version tag in the hashed input, so a future change of scheme cannot
// collide with UIDs already in people's calendars.
const SCHEME = 'snackplan-uid-v1'

/**
 * The UIDs of one profile's snack slots, as {@link snackUid} makes them.
 * The hashed input, `JSON.stringify([scheme, profileId, date, slot])` in
 * UTF-8, starts the same for every slot of the profile: that start is hashed
 * once and the hash state copied for each UID, and one hash object and one
 * digest buffer serve them all.
 */
export function snackUids(
  profileId: string,
  secret?: string,
): (date: string, slot: number) => string {
  return secret === undefined || secret === ''
    ? uidsFrom(sha256.create(), profileId)
    : uidsFrom(hmac.create(sha256, utf8ToBytes(secret)), profileId)
}

function uidsFrom<T extends Hash<T>>(
  head: T,
  profileId: string,
): (date: string, slot: number) => string {
  // JSON keeps the fields apart, so distinct triples never hash alike. The
  // array's text is its elements' texts between `[`, `,` and `]`.
  head.update(utf8ToBytes(`[${JSON.stringify(SCHEME)},${JSON.stringify(profileId)},`))
  const dateBytes = remember((date: string) => utf8ToBytes(`${JSON.stringify(date)},`))
  const slotBytes = remember((slot: number) => utf8ToBytes(`${JSON.stringify(slot)}]`))
  const hash = head.clone()
  const digest = new Uint8Array(head.outputLen)
  return (date, slot) => {
    head._cloneInto(hash)
    hash.update(dateBytes(date))
    hash.update(slotBytes(slot))
    hash.digestInto(digest)
    return `${bytesToHex(digest.subarray(0, 16))}@snackplan`
  }
}

/**
 * A stable, opaque event UID for one snack slot: 128 bits of SHA-256 over
 * (profile id, date, slot), hex, `@snackplan`. It reveals nobody
 * (RFC 7986 5.3) and stays the same when the plan is made again, so calendar
 * clients update events instead of duplicating them.
 *
 * @remarks A short profile id such as `anna` can be confirmed by hashing
 * guesses; pass a `secret` (kept server-side) to make the UID an HMAC instead.
 */
export function snackUid(profileId: string, date: string, slot: number, secret?: string): string {
  return snackUids(profileId, secret)(date, slot)
}
