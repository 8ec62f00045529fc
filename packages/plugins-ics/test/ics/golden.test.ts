import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PROD_ID, toICS } from '../../src/ics'
import { fixtures } from './fixtures'

// Golden files are compared byte for byte, except that the package version in
// PRODID is read from the golden as `snackplan <version>` so a release bump
// does not churn them. Regenerate with UPDATE_GOLDEN=1 after a reviewed change.
const golden = (name: string): URL => new URL(`./golden/${name}.golden.ics`, import.meta.url)
const withProdId = (ics: string, prodId: string): string =>
  ics.replace(/^PRODID:.*\r\n/m, `PRODID:${prodId}\r\n`)

const names: Record<string, string> = {
  en: 'Exercise snacks',
  sv: 'Träningssnacks',
  da: 'Mikrotræning',
}

describe('golden .ics files', () => {
  for (const [locale, events] of Object.entries(fixtures)) {
    for (const times of ['local', 'utc'] as const) {
      const name = `${locale}-${times}`
      it(`${name} matches test/ics/golden/${name}.golden.ics byte for byte`, () => {
        const actual = toICS(events, { name: names[locale]!, times })
        if (process.env.UPDATE_GOLDEN) writeFileSync(golden(name), actual)
        const expected = readFileSync(golden(name))
        expect(
          Buffer.from(actual, 'utf8').equals(
            Buffer.from(withProdId(expected.toString('utf8'), DEFAULT_PROD_ID), 'utf8'),
          ),
        ).toBe(true)
        expect(expected.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false)
      })
    }
  }
})
