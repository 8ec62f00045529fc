// The deployed worker: `npx wrangler deploy` bundles this file (see wrangler.toml).
import { defaultCatalog } from '@snackplan/catalog'
import { createPlanner, defaultRules } from '@snackplan/engine'
import anna from '../../profiles/anna.json'
import lars from '../../profiles/lars.json'
import { createFeedWorker } from './feed-worker'

export default createFeedWorker({
  planner: createPlanner({ catalog: defaultCatalog, rules: defaultRules, plugins: [] }),
  bundled: { anna, lars },
  feed: { alarms: [{ minutesBefore: 2 }] },
})
