import { cleanText } from '@snackplan/catalog'
import type { SnackText } from '@snackplan/engine'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeSnack, SECTION_BREAK } from '../../src/events/description'
import { MESSAGES } from '../../src/i18n/messages'
import { hostileEdges, hostileText } from '../fixtures/hostile-text'

const policy = (text: string) => cleanText(text, 'replace').text

describe('the text policy across a line feed', () => {
  // describeSnack cleans each section and joins them: that is only the policy
  // of the whole description if the policy never acts across the separator.
  for (const separator of ['\n', SECTION_BREAK]) {
    it(`policy(a + ${JSON.stringify(separator)} + b) is policy(a) + ${JSON.stringify(separator)} + policy(b)`, () => {
      fc.assert(
        fc.property(hostileEdges, hostileEdges, (a, b) => {
          expect(policy(a + separator + b)).toBe(policy(a) + separator + policy(b))
        }),
        { numRuns: 1000 },
      )
    })
  }
})

const optional = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined })

const snackText: fc.Arbitrary<SnackText> = fc.record({
  type: hostileText,
  focus: hostileText,
  name: hostileText,
  dose: hostileText,
  title: hostileText,
  doseLine: hostileText,
  total: optional(hostileText),
  warmup: optional(hostileText),
  effort: hostileText,
  effortBrief: hostileText,
  modifiers: optional(hostileText),
  breaths: optional(hostileText),
  how: hostileText,
  notes: fc.array(hostileText, { maxLength: 3 }),
  why: hostileText,
  reasons: fc.array(hostileText, { maxLength: 3 }),
  safety: hostileText,
})

describe('describeSnack', () => {
  it('cleaning each section (remembered across events) is cleaning the whole description', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            text: snackText,
            cues: fc.array(hostileText, { maxLength: 2 }),
            extendedSlotMin: optional(fc.integer({ min: 1, max: 1440 })),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        fc.array(hostileText, { maxLength: 3 }),
        fc.constantFrom('en', 'sv', 'da' as const),
        (events, advisories, locale) => {
          // One memo for all events of a "call", as toCalendarEvents keeps it.
          const seen = new Map<string, string>()
          const remembered = (text: string) => {
            const out = seen.get(text) ?? policy(text)
            seen.set(text, out)
            return out
          }
          for (const event of events) {
            const input = { ...event, advisories, m: MESSAGES[locale] }
            const asIs = (text: string) => text
            const plain = policy(describeSnack({ ...input, clean: asIs, cleanRepeated: asIs }))
            expect(describeSnack({ ...input, clean: policy, cleanRepeated: remembered })).toBe(
              plain,
            )
          }
        },
      ),
    )
  })
})
