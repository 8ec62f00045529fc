import { SnackplanError, type SnackplanIssue } from '@snackplan/catalog'
import type { FactValues } from '../facts/compute'
import { OPERATORS } from '../facts/registry'
import type { Profile } from '../types/profile'
import type { PluginFact, SnackplanPlugin } from './types'

/** Plugin facts by name, validated: names are namespaced and types known. */
export function collectPluginFacts(plugins: readonly SnackplanPlugin[]): Map<string, PluginFact> {
  const facts = new Map<string, PluginFact>()
  const issues: SnackplanIssue[] = []
  for (const [i, p] of plugins.entries()) {
    for (const [name, fact] of Object.entries(p.facts ?? {})) {
      const path = `/plugins/${i}/facts/${name}`
      if (
        !new RegExp(`^plugin\\.${p.name.replace(/[^a-z0-9-]/g, '')}\\.[A-Za-z0-9]+$`).test(name)
      ) {
        issues.push({
          code: 'plugin/fact-name',
          path,
          message: `plugin "${p.name}" facts must be named plugin.${p.name}.<fact>`,
        })
      } else if (!(fact.type in OPERATORS) || (fact.scope !== 'profile' && fact.scope !== 'day')) {
        issues.push({
          code: 'plugin/fact-type',
          path,
          message:
            'a plugin fact needs a type (string, number, boolean, string[]) and a scope (profile or day)',
        })
      } else facts.set(name, fact)
    }
  }
  if (issues.length > 0) throw new SnackplanError(issues, 'engine')
  return facts
}

/** Values of the plugin facts of one scope. */
export function pluginFactValues(
  facts: ReadonlyMap<string, PluginFact>,
  scope: 'profile' | 'day',
  profile: Profile,
  date?: string,
): FactValues {
  const out: FactValues = {}
  for (const [name, fact] of facts) {
    if (fact.scope === scope)
      out[name] = fact.value(date === undefined ? { profile } : { profile, date })
  }
  return out
}
