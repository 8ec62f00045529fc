import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
}

/** A static server for the built site on 127.0.0.1; `close()` stops it. */
export interface SiteServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string
  close(): Promise<void>
}

// The site's pages carry their own Content-Security-Policy (a meta tag, see
// .vitepress/config.ts). A Web Worker is governed by the policy sent with
// its script instead, which a meta tag cannot give; so, as docs/README.md
// asks of a host, worker scripts are served with a policy header of their
// own. Everything else is plain files, as from any static host.
export const WORKER_CSP = "default-src 'self'; script-src 'self'"
const isWorker = (path: string) => /\.worker([-.][^/]*)?\.js$/.test(path)
function resolveFile(root: string, url: string): string | undefined {
  const path = decodeURIComponent(new URL(url, 'http://x').pathname)
  const file = normalize(join(root, path))
  if (file !== root && !file.startsWith(root + sep)) return undefined
  for (const candidate of [file, `${file}.html`, join(file, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return undefined
}

/**
 * Serves `root` (the built site) on a free port of 127.0.0.1, plus `extra`
 * scripts by path (test probes loaded as same-origin files, which the
 * site's CSP allows, unlike inline code).
 */
export async function serveSite(
  root: string,
  extra: Readonly<Record<string, string>> = {},
): Promise<SiteServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const policy = isWorker(path) ? { 'content-security-policy': WORKER_CSP } : {}
    const probe = extra[path]
    if (probe !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.js']!, ...policy }).end(probe)
      return
    }
    const file = resolveFile(root, req.url ?? '/')
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...policy,
    })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
