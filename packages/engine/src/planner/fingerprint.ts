import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { Catalog } from '@snackplan/catalog'
import { version } from '../../package.json'
import type { PlanRequest, SnackplanPlugin } from '../plugins/types'
import type { RuleSet } from '../rules/types'
import { validateRequest } from './request'

/**
 * JSON with every object's keys in sorted order, so equal values give equal
 * text however they were built. Otherwise it follows `JSON.stringify`:
 * `undefined` and functions are left out of objects, `toJSON` is not called.
 *
 * @example canonicalJson({ b: 1, a: [true, 'x'] }) === '{"a":[true,"x"],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value) ?? 'null'
  }
  if (Array.isArray(value)) {
    return `[${value.map((v) => (v === undefined || typeof v === 'function' ? 'null' : canonicalJson(v))).join(',')}]`
  }
  const record = value as Record<string, unknown>
  const parts: string[] = []
  for (const key of Object.keys(record).sort()) {
    const v = record[key]
    if (v !== undefined && typeof v !== 'function') {
      parts.push(`${JSON.stringify(key)}:${canonicalJson(v)}`)
    }
  }
  return `{${parts.join(',')}}`
}

/**
 * SHA-256 of a value's {@link canonicalJson}, as 64 lowercase hex digits.
 * Pure JavaScript (`@noble/hashes`), synchronous, the same in Node, browsers
 * and Workers.
 *
 * @example contentHash({ a: 1, b: 2 }) === contentHash({ b: 2, a: 1 })
 */
export function contentHash(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(value))))
}

// Parts of a plugin that run code while a plan is made: their effect cannot
// be read from the plugin object, only from its own `fingerprint`.
const PLANNING_HOOKS = ['busy', 'beforePlan', 'afterPlan', 'facts'] as const

/** What a planner's fingerprint is made of, besides the request. */
export interface FingerprintInputs {
  catalog: Catalog
  /** The checked rule sets in the order they are compiled, built-in safety and plugins' included. */
  sets: readonly RuleSet[]
  plugins: readonly SnackplanPlugin[]
  slotMinutes: number
}

/** A planner's `fingerprint`, and a way to do its one-time part ahead of the first call. */
export interface Fingerprinter {
  fingerprint(request: PlanRequest): Promise<string | undefined>
  /** Hashes the planner's own part now (idempotent). */
  prepare(): void
}

/**
 * The planner's `fingerprint(request)`: a hash of everything a plan depends
 * on, or `undefined` when a plugin's part cannot be known before planning.
 * The planner's own part (engine version, catalog, rule sets, options) is
 * hashed once, on `prepare()` or on first use; each call adds the request
 * and the plugins' fingerprints for it.
 */
export function createFingerprint(inputs: FingerprintInputs): Fingerprinter {
  let fixed: string | undefined
  const plannerPart = (): string =>
    (fixed ??= contentHash({
      engine: version,
      catalog: inputs.catalog.exercises,
      rules: inputs.sets,
      slotMinutes: inputs.slotMinutes,
      // Names, order and fact declarations; fact values are code, which the
      // plugin's own fingerprint stands for.
      plugins: inputs.plugins.map((p) => ({ name: p.name, facts: p.facts })),
    }))
  return {
    prepare: () => void plannerPart(),
    async fingerprint(request) {
      const marks: (string | null)[] = []
      for (const plugin of inputs.plugins) {
        if (plugin.fingerprint) {
          const mark = await plugin.fingerprint(request)
          if (typeof mark !== 'string') return undefined
          marks.push(mark)
        } else if (PLANNING_HOOKS.some((hook) => plugin[hook] !== undefined)) {
          return undefined
        } else marks.push(null)
      }
      const named = requestHash(request)
      if (named === undefined) return undefined
      return contentHash({ planner: plannerPart(), plugins: marks, request: named })
    },
  }
}

/**
 * True when nothing inside `value` can change: every object in it is frozen,
 * as in the profiles `checkProfile` returns. Results computed from such a
 * value may be remembered by its identity.
 */
export function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true
  if (!Object.isFrozen(value)) return false
  for (const v of Object.values(value)) if (!isDeepFrozen(v)) return false
  return true
}

// Request hashes by profile object, for profiles that cannot change: a feed
// asks again and again for the same checked profile and window.
const requestHashes = new WeakMap<object, Map<string, string | undefined>>()
const WINDOWS_KEPT = 4

/**
 * The hash of a request as `plan()` reads it (the checked profile, the
 * dates, the seed: `days` and the equivalent `to` name the same request), or
 * `undefined` when it does not validate.
 */
function requestHash(request: PlanRequest): string | undefined {
  if (typeof request !== 'object' || request === null) return undefined
  const profile = request.profile as unknown
  const frozen = typeof profile === 'object' && profile !== null && isDeepFrozen(profile)
  const memo = frozen ? requestHashes.get(profile) : undefined
  const key = JSON.stringify([request.from, request.days, request.to, request.seed])
  if (memo?.has(key)) return memo.get(key)
  let hash: string | undefined
  try {
    const valid = validateRequest(request)
    hash = contentHash({
      profile: valid.profile,
      from: valid.dates[0],
      days: valid.dates.length,
      seed: valid.seed,
    })
  } catch {
    // `plan()` reports the problem; a request that does not validate has no plan to name.
    hash = undefined
  }
  if (frozen) {
    const windows = memo ?? new Map<string, string | undefined>()
    windows.set(key, hash)
    if (windows.size > WINDOWS_KEPT) windows.delete(windows.keys().next().value!)
    requestHashes.set(profile, windows)
  }
  return hash
}
