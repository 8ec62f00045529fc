import { type Catalog, defaultCatalog, isSnackplanError } from '@snackplan/catalog'
import fc from 'fast-check'
import { createPlanner } from '../planner/create'
import type { SnackplanPlugin } from '../plugins/types'
import { loadRuleSet } from '../rules/check'
import { defaultRules } from '../rules/default'
import type { RuleSet } from '../rules/types'
import { arbitraryProfile } from './arbitraries'
import { checkInvariants } from './invariants'

/** Options of {@link testPlugin}. */
export interface TestPluginOptions {
  /** Random profiles to plan with the plugin. Default 20. */
  runs?: number
  /** fast-check seed. Default 1. */
  seed?: number
  /** Days per plan. Default 7. */
  days?: number
  /** Default `defaultCatalog`. */
  catalog?: Catalog
}

/**
 * The one conformance suite every plugin package runs against its plugins:
 * a well-formed name; a planner accepts it; with it, plans for random
 * profiles are deterministic and keep every invariant (the plugin's own rule
 * sets and busy time included); each exporter writes the same non-empty text
 * twice.
 *
 * @returns One line per problem, `<check>: <detail>`; empty when the plugin conforms.
 */
export async function testPlugin(
  plugin: SnackplanPlugin,
  options: TestPluginOptions = {},
): Promise<string[]> {
  const problems: string[] = []
  if (typeof plugin?.name !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(plugin.name)) {
    problems.push(
      `name: ${JSON.stringify(plugin?.name)} is not lowercase letters, digits and dashes`,
    )
  }
  const catalog = options.catalog ?? defaultCatalog
  let planner: ReturnType<typeof createPlanner>
  let rules: RuleSet[]
  try {
    planner = createPlanner({ catalog, rules: defaultRules, plugins: [plugin] })
    rules = (plugin.rules ?? []).map((r) => loadRuleSet(r))
  } catch (e) {
    return [...problems, `create: ${e instanceof Error ? e.message : String(e)}`]
  }
  const days = options.days ?? 7
  const samples = fc.sample(arbitraryProfile({ catalog }), {
    numRuns: options.runs ?? 20,
    seed: options.seed ?? 1,
  })
  for (const [i, profile] of samples.entries()) {
    const at = `profile ${i} (${profile.id}, ${profile.timeZone})`
    try {
      const plan = await planner.plan({ profile, days, seed: i + 1 })
      const again = await planner.plan({ profile, days, seed: i + 1 })
      if (JSON.stringify(plan) !== JSON.stringify(again))
        problems.push(`determinism: ${at} planned twice differs`)
      // The plugin's busy time must be kept free as well as the profile's own.
      const extra = plugin.busy ? await plugin.busy({ profile, days, seed: i + 1 }) : []
      const busy = [...(profile.busy ?? []), ...extra]
      const checked = { ...profile, busy }
      for (const v of checkInvariants(plan, {
        profile: checked,
        catalog,
        request: { days },
        rules,
      })) {
        problems.push(`invariant: ${at}: ${v}`)
      }
      for (const format of planner.formats) {
        const text = planner.export(format, plan)
        if (typeof text !== 'string' || text === '')
          problems.push(`export: ${format} wrote nothing for ${at}`)
        else if (planner.export(format, plan) !== text)
          problems.push(`export: ${format} differs between two calls for ${at}`)
      }
    } catch (e) {
      // Every generated profile is valid, so a conforming plugin never makes
      // planning or exporting fail.
      const code = isSnackplanError(e) ? `${e.code} ` : ''
      problems.push(`plan: ${at} threw ${code}${e instanceof Error ? e.message : String(e)}`)
    }
  }
  return problems
}
