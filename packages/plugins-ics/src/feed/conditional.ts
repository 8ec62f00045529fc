/**
 * True when an `If-None-Match` header value matches the current strong ETag,
 * so the answer is 304 (RFC 9110 13.1.2). Uses the weak comparison the RFC
 * asks for here: `W/"x"` matches `"x"`. Handles lists and `*` (any current
 * representation, which a feed that was found always has).
 */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (header === null) return false
  const value = header.trim()
  if (value === '*') return true
  const wanted = opaqueTag(etag)
  // Entity tags cannot contain `"`, so scanning quoted strings is a full parse
  // of the list; anything unquoted is malformed and matches nothing.
  for (const match of value.matchAll(/(?:W\/)?"([^"]*)"/g)) {
    if (match[1] === wanted) return true
  }
  return false
}

/** The opaque part of an entity tag: `W/"abc"` and `"abc"` both give `abc`. */
function opaqueTag(etag: string): string {
  return etag.replace(/^W\//, '').replace(/^"|"$/g, '')
}
