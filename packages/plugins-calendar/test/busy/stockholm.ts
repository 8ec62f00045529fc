import { expect } from 'vitest'
import { busyFromICS } from '../../src'
import { calendar, STOCKHOLM } from '../fixtures/ics'

/**
 * Busy time of events written with `TZID=Europe/Stockholm`, read both ways
 * exporters write them: with the zone's VTIMEZONE (ical.js reads the zone)
 * and without it (the engine reads the name). Both must agree.
 */
export function readStockholm(
  window: { from: string; to: string; timeZone: string },
  ...events: string[]
) {
  const withZone = busyFromICS(calendar(STOCKHOLM, ...events), window)
  expect(busyFromICS(calendar(...events), window)).toEqual(withZone)
  return withZone
}
