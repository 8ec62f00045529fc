import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PROD_ID, toICS } from '../../src/ics'
import { sampleCalendars } from './plans'

// The sample profiles' four-week plans as .ics, byte for byte (PRODID's version
// excepted). Regenerate with UPDATE_GOLDEN=1 after a reviewed change.
const golden = (name: string) => new URL(`./golden/${name}.golden.ics`, import.meta.url)
const calendars = await sampleCalendars()

describe('golden .ics files of the sample profiles', () => {
  for (const [name, events] of calendars) {
    it(`${name} matches test/samples/golden/${name}.golden.ics`, () => {
      const actual = toICS(events, { name: `snackplan · ${name}` })
      if (process.env.UPDATE_GOLDEN) writeFileSync(golden(name), actual)
      const expected = readFileSync(golden(name), 'utf8').replace(
        /^PRODID:.*\r\n/m,
        `PRODID:${DEFAULT_PROD_ID}\r\n`,
      )
      expect(actual === expected, `${name} differs from its golden file`).toBe(true)
      expect(events.length).toBeGreaterThan(40)
    })
  }
})
