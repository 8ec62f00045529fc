import { addSpan, clockIn, type Expansion, instant, periodEnd, spend } from './events'
import type { Component, ICAL } from './ical'

type Period = InstanceType<typeof ICAL.Period>

/** Adds the FREEBUSY periods of every VFREEBUSY; `FBTYPE=FREE` is not busy. */
export function addFreeBusy(x: Expansion, calendar: Component): void {
  for (const fb of calendar.getAllSubcomponents('vfreebusy')) {
    for (const prop of fb.getAllProperties('freebusy')) {
      const type = String(prop.getParameter('fbtype') ?? 'BUSY').toUpperCase()
      if (type === 'FREE') continue
      for (const value of prop.getValues() as Period[]) {
        spend(x, 'VFREEBUSY')
        const start = instant(x, value.start, clockIn(x, value.start, undefined), 'start')
        addSpan(x, start, periodEnd(x, value, undefined))
      }
    }
  }
}
