import { SnackplanError, showValue } from '@snackplan/catalog'
import { checkTimeoutMs } from './timeout'
import type { FetchHandler } from './types'

// The adapter's parameters are the few members of node:http's
// IncomingMessage and ServerResponse it uses, written out structurally: the
// public declarations then name no Node module, so a browser or Workers
// project type-checks this package without @types/node, and node:http's own
// objects still fit (a test passes them through http.createServer).

/** What {@link toNodeListener} reads from a request: `node:http`'s `IncomingMessage` fits. */
export interface NodeRequestLike {
  /** The request method, e.g. `GET`. */
  readonly method?: string | undefined
  /** The request target, e.g. `/feeds/anna.ics?x=1`. */
  readonly url?: string | undefined
  /** Parsed headers; only `host` is read, to build the absolute URL. */
  readonly headers: {
    /** The `Host` header. */
    readonly host?: string | undefined
  }
  /** Header names and values in the order received, alternating. */
  readonly rawHeaders: readonly string[]
  /** The connection; a TLS socket (`encrypted: true`) makes the URL `https`. */
  readonly socket: object
}

/** What {@link toNodeListener} does with a response: `node:http`'s `ServerResponse` fits. */
export interface NodeResponseLike {
  /** Status code to send. */
  statusCode: number
  /** Reason phrase to send. */
  statusMessage: string
  /** Whether the head was sent already. */
  readonly headersSent: boolean
  /** Whether the whole response was handed to the socket. */
  readonly writableFinished: boolean
  /** Whether the response was destroyed (the client went away). */
  readonly destroyed: boolean
  /** Sets one header (a list sends one line per value). */
  setHeader(name: string, value: string | readonly string[]): unknown
  /** Sends the status line and headers. */
  writeHead(status: number, headers: Record<string, string>): unknown
  /** Writes a body chunk; `false` asks to wait for `drain`. */
  write(chunk: Uint8Array): boolean
  /** Ends the response, with an optional last chunk. */
  end(chunk?: string): unknown
  /** Closes the connection with an error. */
  destroy(error?: Error): unknown
  /** Listens once for `close`. */
  once(event: 'close', listener: () => void): unknown
  /** Listens for `drain` or `close`. */
  on(event: 'drain' | 'close', listener: () => void): unknown
  /** Stops listening for `drain` or `close`. */
  off(event: 'drain' | 'close', listener: () => void): unknown
}

/** Default of {@link NodeListenerOptions.timeoutMs}: 30 s for a whole response. */
export const DEFAULT_NODE_TIMEOUT_MS = 30_000

/** Options of {@link toNodeListener}. */
export interface NodeListenerOptions {
  /**
   * Longest a response may take to reach the client, in ms, body included:
   * a client that stops reading (or reads a byte a minute) is disconnected
   * then, so it holds no memory or socket longer. Default 30000, at most
   * 600000 (a timer cannot wait longer than about 24.8 days, and a longer
   * value would fire at once).
   */
  timeoutMs?: number
  /**
   * Give each `Request` a signal that aborts when the client goes away
   * before its response is sent, for handlers that stop work then (default
   * false: the signal never aborts). The feed's own handler does not read
   * it. Node's `Request` follows a signal with a listener, a weak reference
   * and a finalizer each, which outlive the request until a full garbage
   * collection: under thousands of requests a second they kept a server's
   * RSS at about 1.8 times what it was without them (see "Node" in
   * docs/ics-and-feeds.md). Anything but true or false is a `feed/options`
   * error at `/signal`.
   */
  signal?: boolean
}

/** A `node:http` request listener (`http.createServer(listener)` takes it). */
export type NodeListener = (req: NodeRequestLike, res: NodeResponseLike) => void

/**
 * Adapts a Fetch API handler to `node:http` (`http.createServer(listener)`),
 * using the global `Request`/`Response` of Node >= 18.
 *
 * @remarks The request carries method, URL (from the `Host` header; `https`
 * on TLS sockets) and headers, but no body: it is meant for handlers that
 * answer GET and HEAD, like the feed. Response bodies are streamed with
 * back-pressure; HEAD answers send headers only. If the handler throws, the
 * client gets a generic 500 (or the socket is closed if headers were already
 * sent); a request URL that does not parse gets 400. A response not
 * finished within `timeoutMs` (default 30 s) is cut off: the socket closes.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http'
 * createServer(toNodeListener(createFeedHandler({ planner, getProfile }))).listen(8080, '127.0.0.1')
 * ```
 */
export function toNodeListener(
  handler: FetchHandler,
  options: NodeListenerOptions = {},
): NodeListener {
  const timeoutMs = checkTimeoutMs(options.timeoutMs, DEFAULT_NODE_TIMEOUT_MS)
  const signal = checkSignal(options.signal)
  return (req, res) => {
    const timer = setTimeout(() => res.destroy(new Error('response timed out')), timeoutMs)
    res.once('close', () => clearTimeout(timer))
    serve(handler, req, res, signal).catch((error: unknown) => {
      if (!res.headersSent) {
        plain(res, 500, 'Internal Server Error', req.method)
      } else {
        res.destroy(error instanceof Error ? error : new Error(String(error)))
      }
    })
  }
}

/** `options.signal` as a boolean (false when absent), or a `feed/options` error at `/signal`. */
function checkSignal(value: unknown): boolean {
  if (value === undefined || typeof value === 'boolean') return value === true
  throw new SnackplanError(
    [
      {
        code: 'feed/options',
        path: '/signal',
        message: `signal must be true or false, got ${showValue(value)}`,
      },
    ],
    'feed',
  )
}

async function serve(
  handler: FetchHandler,
  req: NodeRequestLike,
  res: NodeResponseLike,
  signal: boolean,
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

  let request: Request
  try {
    request = new Request(
      url,
      signal ? { method, headers, signal: abortOnClose(res) } : { method, headers },
    )
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
    // A client gone before (or while) the body is written: stop reading it.
    if (res.destroyed) {
      await reader.cancel()
      return
    }
    if (!res.write(value) && !res.destroyed) await drained(res)
  }
  res.end()
}

/** Resolves on `drain` or `close`; only for an open response, since a closed one emits neither again. */
function drained(res: NodeResponseLike): Promise<void> {
  return new Promise((resolve) => {
    const resume = () => {
      res.off('drain', resume)
      res.off('close', resume)
      resolve()
    }
    res.on('drain', resume)
    res.on('close', resume)
  })
}

/** A signal that aborts when `res` closes before the whole response was handed to the socket. */
function abortOnClose(res: NodeResponseLike): AbortSignal {
  const abort = new AbortController()
  res.once('close', () => {
    if (!res.writableFinished) abort.abort()
  })
  return abort.signal
}

function plain(res: NodeResponseLike, status: number, body: string, method: string | undefined) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' })
  res.end(method === 'HEAD' ? undefined : body)
}
