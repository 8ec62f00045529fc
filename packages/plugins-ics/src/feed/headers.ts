/**
 * `Content-Disposition: inline` with both a plain `filename` (for old clients)
 * and an RFC 8187 `filename*` (UTF-8, percent-encoded), per RFC 6266 4.3.
 */
export function contentDisposition(filename: string): string {
  // The plain parameter is a quoted-string; keep it to printable ASCII without `"` or `\`.
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeRfc8187(filename)}`
}

/** RFC 8187 value-chars: attr-char stays, everything else is %XX of its UTF-8 bytes. */
function encodeRfc8187(value: string): string {
  // encodeURIComponent leaves '()* alone, which are not attr-chars; `'` would end the value.
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}

/**
 * An HTTP-date (IMF-fixdate, RFC 9110 5.6.7) for the newest of some UTC
 * instants, or `undefined` when there are none or none parse.
 */
export function newestHttpDate(instants: readonly string[]): string | undefined {
  let newest = Number.NEGATIVE_INFINITY
  for (const instant of instants) {
    const ms = Date.parse(instant)
    if (ms > newest) newest = ms
  }
  // toUTCString is specified (ES2018+) to give exactly the IMF-fixdate form.
  return Number.isFinite(newest) ? new Date(newest).toUTCString() : undefined
}
