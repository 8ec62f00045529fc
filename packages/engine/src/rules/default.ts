import { loadRuleSet } from './check'
import progression from './default/progression.json'
import safety from './default/safety.json'
import triggers from './default/triggers.json'
import type { RuleSet } from './types'

/**
 * The default program: the seed guides encoded as rules. Safety rules
 * (contraindications for every condition, advisories, limits) come first,
 * then progression (the 7-day starter plan, weeks 2-4, weekday focus,
 * progress when it feels easy), then triggers (example days, hourly
 * pauses, stairs after lunch). Validated like any user rule set.
 */
export const defaultRules: RuleSet = loadRuleSet({
  id: 'snackplan-default',
  version: '1.0.0',
  rules: [...safety, ...progression, ...triggers],
})
