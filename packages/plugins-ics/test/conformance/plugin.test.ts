import { testPlugin } from '@snackplan/engine/testing'
import { describe, expect, it } from 'vitest'
import { icsPlugin } from '../../src/plugin'

describe('icsPlugin passes the shared plugin conformance suite', () => {
  it('in local time and in UTC', async () => {
    expect(await testPlugin(icsPlugin(), { runs: 10 })).toEqual([])
    expect(
      await testPlugin(icsPlugin({ ics: { times: 'utc' }, events: { locale: 'da' } }), { runs: 5 }),
    ).toEqual([])
  })
})
