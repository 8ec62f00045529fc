import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

// A version tag in the hashed input, so a future change of scheme cannot
// collide with UIDs already in people's calendars.
const SCHEME = 'snackplan-uid-v1'

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
  // JSON keeps the fields apart, so distinct triples never hash alike.
  const input = utf8ToBytes(JSON.stringify([SCHEME, profileId, date, slot]))
  const digest =
    secret === undefined || secret === '' ? sha256(input) : hmac(sha256, utf8ToBytes(secret), input)
  return `${bytesToHex(digest).slice(0, 32)}@snackplan`
}
