import { readdir, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import { SnackplanError } from '@snackplan/catalog'
import { checkProfile, type Profile } from '@snackplan/engine'
import {
  createFeedHandler,
  FEED_ID_PATTERN,
  memoryFeedCache,
  memoryFeedStore,
  toNodeListener,
} from '@snackplan/plugins-ics'
import { intFlag, parse, stringFlags } from '../args'
import { readJsonFile } from '../files'
import { EXIT, type Io, UsageError } from '../io'
import { plannerFromFiles } from './load'
import { feedMemory, SERVE_TIMEOUTS, type ServeTimeouts } from './serve-limits'

// Memory for what the feed remembers (docs/ics-and-feeds.md, "Caches and
// their bounds" and "Sizing a deployment"), in MiB unless flags say else.
const STORE_MIB = 32
const CACHE_MIB = 8
/** Parsed profiles kept, each checked again only when its file changes. */
const PROFILES_KEPT = 2000

/**
 * Profiles are read on each request, so edits show up without a restart; a
 * file whose size and modification time are unchanged is not parsed again.
 * An id not found at start is looked for as `<id>.json` (the id's pattern
 * allows no dot or slash), so a profile added, or mended, under that name
 * is served without a restart too.
 */
function profileReader(dir: string, fileOf: ReadonlyMap<string, string>) {
  const kept = new Map<string, { version: string; profile: Profile }>()
  return async (id: string): Promise<Profile | undefined> => {
    if (!FEED_ID_PATTERN.test(id)) return undefined
    const file = fileOf.get(id) ?? `${id}.json`
    const info = await stat(join(dir, file)).catch(() => undefined)
    if (!info?.isFile()) return undefined
    const version = `${info.size}:${info.mtimeMs}:${info.ino}`
    const known = kept.get(id)
    kept.delete(id)
    if (known?.version === version) {
      kept.set(id, known)
      return known.profile
    }
    const r = checkProfile(await readJsonFile(dir, file).catch(() => undefined))
    // A file edited to hold someone else now serves nobody under this id.
    if (!r.ok || r.value.id !== id) return undefined
    kept.set(id, { version, profile: r.value as Profile })
    if (kept.size > PROFILES_KEPT) kept.delete(kept.keys().next().value!)
    return r.value as Profile
  }
}

/** The flags `serve` takes (each listed in `USAGE`; a test checks). */
export const SERVE_FLAGS = stringFlags(
  'profiles',
  'port',
  'host',
  'rules',
  'catalog',
  'store-mib',
  'cache-mib',
)

/** `snackplan serve --profiles DIR`: serves GET /<profileId>.ics for each profile file. */
export async function serveCommand(
  argv: string[],
  io: Io,
  onListening?: (url: string, close: () => Promise<void>) => void,
  timeouts: ServeTimeouts = SERVE_TIMEOUTS,
): Promise<number> {
  const { values } = parse(argv, SERVE_FLAGS)
  if (!values.profiles) throw new UsageError('serve needs --profiles DIR')
  const port = intFlag(values.port, 'port', 0, 65535, 8787)
  const host = values.host ?? '127.0.0.1'
  const storeMiB = intFlag(values['store-mib'], 'store-mib', 0, 65536, STORE_MIB)
  const cacheMiB = intFlag(values['cache-mib'], 'cache-mib', 0, 65536, CACHE_MIB)
  const dir = resolve(io.cwd, values.profiles)
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    throw new SnackplanError(
      [
        {
          code: 'file/unreadable',
          path: '',
          message: `${values.profiles}: not a folder that can be read`,
        },
      ],
      'cli',
    )
  }
  const files = names.filter((f) => f.endsWith('.json')).sort()
  // Profile id -> its file, found once; each request re-reads only that file.
  const fileOf = new Map<string, string>()
  for (const f of files) {
    const result = checkProfile(await readJsonFile(dir, f))
    if (result.ok) fileOf.set(result.value.id, f)
    else
      io.err(
        `${join(values.profiles, f)}: skipped, ${result.errors[0]?.path || '/'}: ${result.errors[0]?.message}\n`,
      )
  }
  const planner = await plannerFromFiles(io.cwd, values.catalog, values.rules)
  const profiles = profileReader(dir, fileOf)
  const memory = feedMemory(fileOf.size, storeMiB, cacheMiB, io)
  const handler = createFeedHandler({
    planner,
    catalog: planner.catalog,
    getProfile: (id) => profiles(id),
    // One long-running process: remember what was served, so SEQUENCE grows,
    // when every feed fits, and keep rendered bodies, so a repeated 200 needs
    // no planning. Both are bounded, so memory stays flat however many
    // people subscribe.
    ...(memory.storeBytes > 0 && {
      store: memoryFeedStore({
        maxProfiles: memory.storeFeeds,
        maxBytes: memory.storeBytes,
      }),
    }),
    ...(memory.cacheBytes > 0 && {
      cache: memoryFeedCache({ maxEntries: 1000, maxBytes: memory.cacheBytes }),
    }),
    onError: (e) => io.err(`serve: ${(e as Error).message}\n`),
  })
  const server = createServer(
    { connectionsCheckingInterval: timeouts.checkIntervalMs },
    toNodeListener(handler),
  )
  server.headersTimeout = timeouts.headersMs
  server.requestTimeout = timeouts.requestMs
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(port, host, done)
  })
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`
  io.out(`snackplan feed on ${base}\n`)
  for (const id of fileOf.keys()) io.out(`  ${base}/${id}.ics\n`)
  const close = () =>
    new Promise<void>((done) => {
      server.close(() => done())
      server.closeAllConnections()
    })
  // Stopped by its pid (a service manager, a benchmark): finish cleanly, so
  // the command returns and the process exits on its own.
  const stop = () => void close()
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
  onListening?.(base, close)
  await new Promise<void>((done) => server.once('close', done))
  process.off('SIGTERM', stop)
  process.off('SIGINT', stop)
  return EXIT.ok
}
