// The naive baseline must hand json-rules-engine every fact the rules can
// read, or `pnpm bench` fails on an undefined fact long after the registry
// changed. This pins it in `pnpm test` (the baseline itself takes tens of
// seconds a day, so it is not run here).
import { defaultCatalog } from '@snackplan/catalog'
import { FACT_NAMES } from '@snackplan/engine'
import { describe, expect, it } from 'vitest'
import { anna } from '../lib/fixtures.mjs'
import { dayFacts, exerciseFacts, historyFacts, profileFacts, slotFacts } from '../naive/facts.mjs'

describe('the naive baseline', () => {
  it('computes every fact of the registry', () => {
    const date = anna.programStart
    const facts = {
      ...profileFacts(anna),
      ...exerciseFacts(defaultCatalog.exercises[0]),
      ...dayFacts(anna, date),
      ...historyFacts(anna, date, defaultCatalog),
      ...slotFacts(anna, anna.days.mon, 600),
    }
    expect(Object.keys(facts).sort()).toEqual([...FACT_NAMES].sort())
  })
})
