import { trustedRuleSet } from './check'
import cues from './default/cues.json'
import progression from './default/progression.json'
import safety from './default/safety.json'
import triggers from './default/triggers.json'
import type { RuleSet } from './types'

/**
 * The default program: the seed guides encoded as rules. Safety rules
 * (contraindications for every condition, advisories, limits) come first,
 * then progression (the 7-day starter plan, weeks 2-4, weekday focus,
 * progress when it feels easy, step down when it was too hard), then
 * triggers (example days, meals, active pauses, zone-2 sessions), then
 * habit cues. It passes the same checks as any user rule set: a test runs
 * `checkRuleSet` on it and requires exactly this value back, so a fresh
 * process does not repeat those checks at import, and `checkRuleSet` (and
 * so `createPlanner`) accepts this frozen object without checking it again.
 */
export const defaultRules: RuleSet = trustedRuleSet({
  id: 'snackplan-default',
  version: '2.0.0',
  rules: [...safety, ...progression, ...triggers, ...cues],
})
