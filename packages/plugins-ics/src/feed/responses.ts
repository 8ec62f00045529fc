import { contentDisposition } from './headers'

// Small plain-text answers. Bodies are fixed strings: nothing from the request
// or from an error is echoed back, so no stack trace or input leaks out.

const TEXT = 'text/plain; charset=utf-8'

/** A plain-text answer with a fixed body (none for HEAD). */
export function textResponse(
  status: number,
  body: string,
  method: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(method === 'HEAD' ? null : body, {
    status,
    headers: { 'Content-Type': TEXT, 'X-Content-Type-Options': 'nosniff', ...headers },
  })
}

/** The methods a feed answers. */
export const ALLOWED_METHODS = 'GET, HEAD'

/** 304 Not Modified: the validator and caching headers, no body (RFC 9110 15.4.5). */
export function notModified(etag: string, cacheControl: string): Response {
  return new Response(null, { status: 304, headers: { ETag: etag, 'Cache-Control': cacheControl } })
}

/** 200 with a feed body (none for HEAD, with the length it would have). */
export function feedResponse(
  method: string,
  id: string,
  etag: string,
  cacheControl: string,
  body: Uint8Array<ArrayBuffer>,
  lastModified: string | undefined,
): Response {
  const headers: Record<string, string> = {
    ETag: etag,
    'Cache-Control': cacheControl,
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Length': String(body.byteLength),
    'Content-Disposition': contentDisposition(`${id}.ics`),
    'X-Content-Type-Options': 'nosniff',
  }
  if (lastModified) headers['Last-Modified'] = lastModified
  return new Response(method === 'HEAD' ? null : body, { status: 200, headers })
}
