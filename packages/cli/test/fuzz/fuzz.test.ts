import { describe } from 'vitest'
import { fuzzEach } from '../../../../fuzz/suite'

// Each command returns an exit code of the contract (0, 1, 2) without a
// stack trace, and serve answers documented statuses, within the budget.
describe('fuzz: the CLI commands', () => {
  fuzzEach(
    new URL('./targets.ts', import.meta.url),
    ['cliPlanTarget', 'cliCheckTarget', ['cliTestRulesTarget', 8], 'cliServeTarget'],
    'survives hostile files and flags',
  )
})
