import { loadRuleSet } from './check'
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
 * habit cues. Validated like any user rule set.
 */
export const defaultRules: RuleSet = loadRuleSet({
  id: 'snackplan-default',
  version: '2.0.0',
  rules: [...safety, ...progression, ...triggers, ...cues],
})
