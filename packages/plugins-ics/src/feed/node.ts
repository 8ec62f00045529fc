// Type-only imports: this file loads no Node module at run time, so the
// package stays importable in Workers and browsers; node:http hands us the
// objects, we only call methods on them.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FetchHandler } from './types'

/** A `node:http` request listener. */
export type NodeListener = (req: IncomingMessage, res: ServerResponse) => void

/**
 * Adapts a Fetch API handler to `node:http` (`http.createServer(listener)`),
 * using the global `Request`/`Response` of Node >= 18.
 *
 * @remarks The request carries method, URL (from the `Host` header; `https`
 * on TLS sockets) and headers, but no body: it is meant for handlers that
 * answer GET and HEAD, like the feed. Response bodies are streamed with
 * back-pressure; HEAD answers send headers only. If the handler throws, the
 * client gets a generic 500 (or the socket is closed if headers were already
 * sent); a request URL that does not parse gets 400.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http'
 * createServer(toNodeListener(createFeedHandler({ planner, getProfile }))).listen(8080, '127.0.0.1')
 * ```
 */
export function toNodeListener(handler: FetchHandler): NodeListener {
  return (req, res) => {
    serve(handler, req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        plain(res, 500, 'Internal Server Error', req.method)
      } else {
        res.destroy(error instanceof Error ? error : new Error(String(error)))
      }
    })
  }
}

async function serve(
  handler: FetchHandler,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const method = req.method ?? 'GET'
  let url: URL
  try {
    const tls = (req.socket as { encrypted?: boolean }).encrypted === true
    url = new URL(req.url ?? '/', `${tls ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`)
  } catch {
    plain(res, 400, 'Bad Request', method)
    return
  }

  const headers = new Headers()
  const raw = req.rawHeaders
  for (let i = 0; i + 1 < raw.length; i += 2) {
    // HTTP/2 pseudo-headers (":path") are not header fields for Fetch.
    if (!raw[i]!.startsWith(':')) headers.append(raw[i]!, raw[i + 1]!)
  }

  // Lets a handler stop work when the client goes away.
  const abort = new AbortController()
  res.once('close', () => {
    if (!res.writableFinished) abort.abort()
  })

  let request: Request
  try {
    request = new Request(url, { method, headers, signal: abort.signal })
  } catch {
    // Fetch refuses some methods outright (TRACE, CONNECT, TRACK): none is
    // served. Anything else Fetch cannot represent is a bad request.
    if (/^(connect|trace|track)$/i.test(method)) {
      res.setHeader('Allow', 'GET, HEAD')
      plain(res, 405, 'Method Not Allowed', method)
    } else plain(res, 400, 'Bad Request', method)
    return
  }
  const response = await handler(request)

  res.statusCode = response.status
  if (response.statusText) res.statusMessage = response.statusText
  for (const [name, value] of response.headers) {
    // Headers joins Set-Cookie with ", "; send each cookie on its own line instead.
    if (name !== 'set-cookie') res.setHeader(name, value)
  }
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)

  if (method === 'HEAD' || response.body === null) {
    await response.body?.cancel()
    res.end()
    return
  }
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (!res.write(value)) {
      await new Promise<void>((resolve) => {
        const resume = () => {
          res.off('drain', resume)
          res.off('close', resume)
          resolve()
        }
        res.on('drain', resume)
        res.on('close', resume)
      })
      if (res.destroyed) {
        await reader.cancel()
        return
      }
    }
  }
  res.end()
}

function plain(res: ServerResponse, status: number, body: string, method: string | undefined) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' })
  res.end(method === 'HEAD' ? undefined : body)
}
