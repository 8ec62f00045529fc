// rrule 2.8 ships a webpack UMD bundle as "main" and ESM as "module", with no
// "exports" map. Node's ESM loader therefore sees only a CommonJS module whose
// named exports it cannot detect: `import { RRule } from 'rrule'` fails there,
// while bundlers that honour "module" give real named exports. Importing the
// namespace and taking `RRule` from it or from its `default` works in Node ESM,
// Node CJS (tsup's require output), vitest and browser bundlers alike.
import * as rruleNamespace from 'rrule'

type RRuleModule = typeof rruleNamespace

function pickModule(ns: RRuleModule): RRuleModule {
  if (typeof ns.RRule === 'function') return ns
  // A computed key keeps bundlers from warning that "default" is never exported.
  const key = 'default'
  const fallback = (ns as unknown as Record<string, RRuleModule | undefined>)[key]
  if (fallback && typeof fallback.RRule === 'function') return fallback
  throw new Error('[snackplan] [engine] could not load RRule from the "rrule" package')
}

/** The `RRule` class of the rrule package, however the host resolved the import. */
export const RRule: RRuleModule['RRule'] = pickModule(rruleNamespace).RRule
