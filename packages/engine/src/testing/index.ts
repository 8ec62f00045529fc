/**
 * `@snackplan/engine/testing`: fast-check arbitraries and the plan
 * invariants, for property tests of rule sets, catalogs and plugins.
 * A separate subpath so apps that import the engine never load fast-check.
 *
 * @packageDocumentation
 * @module @snackplan/engine/testing
 */
export { type ArbitraryProfileOptions, arbitraryProfile, TEST_ZONES } from './arbitraries'
export { checkInvariants, type InvariantContext, type InvariantLimits } from './invariants'
export { type ArbitraryRuleSetOptions, arbitraryRuleSet } from './rule-sets'
export {
  BLOOD_PRESSURE_CONDITIONS,
  builtinContraindications,
  CAPPED_CONDITIONS,
  effortCapped,
  holdLimit,
  JOINT_FRIENDLY,
} from './safety'
export { type TestPluginOptions, testPlugin } from './test-plugin'
export {
  type RuleSetFailure,
  type RuleSetReport,
  type TestRuleSetOptions,
  testRuleSet,
} from './test-rule-set'
