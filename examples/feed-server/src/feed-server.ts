import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { loadProfile, type Profile } from '@snackplan/engine'
import {
  createFeedHandler,
  type FeedHandlerOptions,
  type FeedPlanner,
  memoryFeedCache,
  memoryFeedStore,
  toNodeListener,
} from '@snackplan/plugins-ics'

/** Options of {@link startFeedServer}. */
export interface FeedServerOptions {
  /** Folder of `<id>.json` profiles; read on every request, so edits show up at once. */
  profilesDir: string
  /** Makes the plans. */
  planner: FeedPlanner
  /** Default 8080; 0 picks a free port. */
  port?: number
  /** Default 127.0.0.1: only this machine. Use a tunnel or a deploy to reach calendar servers. */
  host?: string
  /** Anything else the feed handler takes (window, alarms, name, ...). */
  feed?: Omit<FeedHandlerOptions, 'planner' | 'getProfile'>
}

/** A running feed server. */
export interface FeedServer {
  server: Server
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  url: string
  close(): Promise<void>
}

/**
 * Reads `<dir>/<id>.json` and validates it; `undefined` when there is no such
 * file. The handler has already checked `id` against a safe pattern, so it
 * cannot climb out of `dir`.
 */
export function profilesFrom(dir: string): (id: string) => Promise<Profile | undefined> {
  return async (id) => {
    let text: string
    try {
      text = await readFile(join(dir, `${id}.json`), 'utf8')
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return undefined
      throw error
    }
    const profile = loadProfile(text)
    // A file named bob.json that holds anna's profile would serve the wrong person.
    return profile.id === id ? profile : undefined
  }
}

/** Starts `GET /<id>.ics` for every profile in a folder. */
export async function startFeedServer(options: FeedServerOptions): Promise<FeedServer> {
  const handler = createFeedHandler({
    // One long-running process: remember what was served, so SEQUENCE grows
    // when a snack changes (pass `feed.store` to keep it somewhere durable).
    store: memoryFeedStore(),
    // Rendered feeds by validator: a repeated 200 needs no planning.
    cache: memoryFeedCache(),
    ...options.feed,
    planner: options.planner,
    getProfile: profilesFrom(options.profilesDir),
  })
  const server = createServer(toNodeListener(handler))
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 8080, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  return {
    server,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
