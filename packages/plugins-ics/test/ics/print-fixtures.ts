// Run in a child process with a chosen TZ by calendar.test.ts: prints the
// fixtures' calendar so the test can compare bytes across host time zones.
import { toICS } from '../../src/ics'
import { da, en, sv } from './fixtures'

process.stdout.write(toICS([...sv, ...da, ...en]))
