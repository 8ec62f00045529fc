import { describe } from 'vitest'
import { fuzzEach } from '../../../../fuzz/suite'

// Each call returns (the feed: a documented status), or throws a
// SnackplanError, within its budget.
describe('fuzz: ICS text and the feed', () => {
  fuzzEach(
    new URL('./targets.ts', import.meta.url),
    ['toICSTarget', 'feedHandlerTarget'],
    'survives hostile input',
  )
})
