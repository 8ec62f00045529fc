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
