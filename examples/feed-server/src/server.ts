// Runs the feed server: `pnpm start [--profiles DIR] [--port N] [--host H]`.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { defaultCatalog } from '@snackplan/catalog'
import { createPlanner, defaultRules } from '@snackplan/engine'
import { startFeedServer } from './feed-server'

// `pnpm start -- --port 8081` hands the `--` on; skip it.
const args = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--'))
const { values } = parseArgs({
  args,
  options: {
    profiles: { type: 'string', default: resolve(import.meta.dirname, '../../profiles') },
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
  },
})

const feed = await startFeedServer({
  profilesDir: resolve(values.profiles),
  planner: createPlanner({ catalog: defaultCatalog, rules: defaultRules, plugins: [] }),
  port: Number(values.port),
  host: values.host,
  feed: { alarms: [{ minutesBefore: 2 }] },
})
console.log(`snackplan feeds on ${feed.url}/<profile id>.ics, e.g. ${feed.url}/anna.ics`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void feed.close().then(() => process.exit(0)))
}
