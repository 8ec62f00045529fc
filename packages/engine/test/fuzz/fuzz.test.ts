import { describe } from 'vitest'
import { fuzzEach } from '../../../../fuzz/suite'

// Each call returns, or throws a SnackplanError, within its budget.
describe('fuzz: engine entry points', () => {
  fuzzEach(
    new URL('./targets.ts', import.meta.url),
    ['checkProfileTarget', 'checkRuleSetTarget', 'planTarget', 'planProfileTarget'],
    'survives hostile input',
  )
})
