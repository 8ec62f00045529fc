import { readdir } from 'node:fs/promises'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import { SnackplanError } from '@snackplan/catalog'
import { checkProfile, type Profile } from '@snackplan/engine'
import {
  createFeedHandler,
  FEED_ID_PATTERN,
  memoryFeedStore,
  toNodeListener,
} from '@snackplan/plugins-ics'
import { intFlag, parse } from '../args'
import { readJsonFile } from '../files'
import { EXIT, type Io, UsageError } from '../io'
import { plannerFromFiles } from './load'

/** `snackplan serve --profiles DIR`: serves GET /<profileId>.ics for each profile file. */
export async function serveCommand(
  argv: string[],
  io: Io,
  onListening?: (url: string, close: () => Promise<void>) => void,
): Promise<number> {
  const { values } = parse(argv, {
    profiles: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    rules: { type: 'string' },
    catalog: { type: 'string' },
  })
  if (!values.profiles) throw new UsageError('serve needs --profiles DIR')
  const port = intFlag(values.port, 'port', 0, 65535, 8787)
  const host = values.host ?? '127.0.0.1'
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
  const handler = createFeedHandler({
    planner,
    catalog: planner.catalog,
    // Profiles are read on each request, so edits show up without a restart.
    getProfile: async (id) => {
      const file = FEED_ID_PATTERN.test(id) ? fileOf.get(id) : undefined
      if (!file) return undefined
      const r = checkProfile(await readJsonFile(dir, file).catch(() => undefined))
      // A file edited to hold someone else now serves nobody under this id.
      return r.ok && r.value.id === id ? (r.value as Profile) : undefined
    },
    // One long-running process: remember what was served, so SEQUENCE grows.
    store: memoryFeedStore(),
    onError: (e) => io.err(`serve: ${(e as Error).message}\n`),
  })
  const server = createServer(toNodeListener(handler))
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(port, host, done)
  })
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`
  io.out(`snackplan feed on ${base}\n`)
  for (const id of fileOf.keys()) io.out(`  ${base}/${id}.ics\n`)
  const close = () => new Promise<void>((done) => server.close(() => done()))
  onListening?.(base, close)
  await new Promise<void>((done) => server.once('close', done))
  return EXIT.ok
}
