/** What a request path names: a feed id, a malformed id, or nothing we serve. */
export type Route = { kind: 'feed'; id: string } | { kind: 'bad-id' } | { kind: 'none' }

/**
 * Feed ids: an ASCII letter or digit, then up to 63 letters, digits, `_` or
 * `-`. Narrow on purpose: the id goes into a file name, a cache key and the
 * caller's profile lookup, and none of them should see `..`, `%` or `/`.
 */
export const FEED_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

/** Normalises a base path to `''` or `/a/b` (leading slash, no trailing one). */
export function normaliseBasePath(basePath: string): string {
  const trimmed = basePath.replace(/\/+$/, '')
  if (trimmed === '') return ''
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`
}

/**
 * Matches `<basePath>/<id>.ics`. A path outside the base path, with more
 * segments, or without the `.ics` suffix is not ours (404); a single
 * `.ics` segment whose id fails {@link FEED_ID_PATTERN} is malformed (400).
 */
export function matchRoute(pathname: string, basePath: string): Route {
  if (!pathname.startsWith(`${basePath}/`)) return { kind: 'none' }
  const rest = pathname.slice(basePath.length + 1)
  if (rest.includes('/') || !rest.endsWith('.ics')) return { kind: 'none' }
  const id = rest.slice(0, -'.ics'.length)
  return FEED_ID_PATTERN.test(id) ? { kind: 'feed', id } : { kind: 'bad-id' }
}
