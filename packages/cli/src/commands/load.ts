import { type Catalog, defaultCatalog, mergeCatalogs, SnackplanError } from '@snackplan/catalog'
import { createPlanner, defaultRules, type Planner, type RuleSet } from '@snackplan/engine'
import { icsPlugin } from '@snackplan/plugins-ics'
import { readJsonFile } from '../files'

/** Re-throws a SnackplanError with the file name in front of each message. */
export async function inFile<T>(file: string, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (e) {
    if (e instanceof Error && 'errors' in e && Array.isArray((e as SnackplanError).errors)) {
      const errors = (e as SnackplanError).errors.map((x) =>
        x.message.startsWith(`${file}:`) ? x : { ...x, message: `${file}: ${x.message}` },
      )
      throw new SnackplanError(errors, 'cli')
    }
    throw e
  }
}

/**
 * Builds the planner from the optional --catalog (added to the built-in
 * catalog) and --rules (added to the built-in program) files.
 */
export async function plannerFromFiles(
  cwd: string,
  catalogFile?: string,
  rulesFile?: string,
): Promise<Planner> {
  let catalog: Catalog = defaultCatalog
  if (catalogFile) {
    const extra = await readJsonFile(cwd, catalogFile)
    catalog = await inFile(catalogFile, () => mergeCatalogs(defaultCatalog, extra))
  }
  // The CLI writes .ics through the ics plugin's exporter, like any app could.
  const plugins = [icsPlugin()]
  if (!rulesFile) return createPlanner({ catalog, rules: defaultRules, plugins })
  // Any JSON: createPlanner checks it (with the plugins' facts) and reports each mistake.
  const rules = (await readJsonFile(cwd, rulesFile)) as RuleSet
  return inFile(rulesFile, () => createPlanner({ catalog, rules: [defaultRules, rules], plugins }))
}
