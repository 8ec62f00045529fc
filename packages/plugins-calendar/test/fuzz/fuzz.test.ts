import { describe } from 'vitest'
import { fuzzEach } from '../../../../fuzz/suite'

// Each call returns sorted, disjoint blocks (or events) or throws a
// SnackplanError within its budget.
describe('fuzz: busy time from hostile calendars, events from hostile plans', () => {
  fuzzEach(
    new URL('./targets.ts', import.meta.url),
    ['busyFromICSTarget', 'toCalendarEventsTarget'],
    'survives hostile input',
  )
})
