import { type Catalog, SnackplanError, type SnackplanIssue } from '@snackplan/catalog'
import type { SnackplanPlugin } from '../plugins/types'

const isCatalog = (c: unknown): c is Catalog =>
  typeof c === 'object' &&
  c !== null &&
  Array.isArray((c as Catalog).exercises) &&
  typeof (c as Catalog).get === 'function' &&
  typeof (c as Catalog).has === 'function'

const exportersOk = (e: unknown) =>
  e === undefined ||
  (typeof e === 'object' && e !== null && Object.values(e).every((f) => typeof f === 'function'))

/** Checks the parts of planner options that are code, not documents: catalog, plugins, slotMinutes, ruleCacheSize. */
export function checkPlannerOptions(options: {
  catalog?: unknown
  plugins?: unknown
  slotMinutes?: unknown
  ruleCacheSize?: unknown
}): void {
  const issues: SnackplanIssue[] = []
  if (options.catalog !== undefined && !isCatalog(options.catalog)) {
    issues.push({
      code: 'planner/catalog',
      path: '/catalog',
      message: 'catalog must be a loaded Catalog (loadCatalog, mergeCatalogs or defaultCatalog)',
    })
  }
  if (options.plugins !== undefined && !Array.isArray(options.plugins)) {
    issues.push({
      code: 'planner/plugins',
      path: '/plugins',
      message: 'plugins must be an array of plugin objects',
    })
  }
  const names = new Set<string>()
  for (const [i, p] of (Array.isArray(options.plugins) ? options.plugins : []).entries()) {
    const name = (p as SnackplanPlugin | null)?.name
    if (typeof name !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(name)) {
      issues.push({
        code: 'plugin/name',
        path: `/plugins/${i}/name`,
        message: 'every plugin needs a name of lowercase letters, digits and dashes',
      })
    } else if (!exportersOk((p as SnackplanPlugin).exporters)) {
      issues.push({
        code: 'plugin/exporters',
        path: `/plugins/${i}/exporters`,
        message: 'exporters must map format names to functions',
      })
    } else if (names.has(name)) {
      issues.push({
        code: 'plugin/duplicate-name',
        path: `/plugins/${i}/name`,
        message: `two plugins are named "${name}"`,
      })
    } else names.add(name)
  }
  const slot = options.slotMinutes ?? 5
  if (!Number.isInteger(slot) || (slot as number) < 0 || (slot as number) > 60) {
    issues.push({
      code: 'planner/slot-minutes',
      path: '/slotMinutes',
      message: `slotMinutes must be a whole number from 0 to 60, got ${String(slot)}`,
    })
  }
  const size = options.ruleCacheSize ?? 0
  if (!Number.isSafeInteger(size) || (size as number) < 0) {
    issues.push({
      code: 'planner/rule-cache-size',
      path: '/ruleCacheSize',
      message: `ruleCacheSize must be a whole number, 0 or more (0: off), got ${String(size)}`,
    })
  }
  if (issues.length > 0) throw new SnackplanError(issues, 'engine')
}
