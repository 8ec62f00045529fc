import { isSnackplanError } from '@snackplan/catalog'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatUtc, formatZoned, parseDateTimeInZone } from '../../src/time/index'
import { ZONES } from './zones'

const Z = 'Europe/Stockholm'
const utc = (text: string, zone = Z) => formatUtc(parseDateTimeInZone(text, zone))

describe('parseDateTimeInZone', () => {
  it('reads times without an offset as local to the zone', () => {
    expect(utc('2026-11-24T10:00')).toBe('2026-11-24T09:00:00Z')
    expect(utc('2026-11-24T10:00:30')).toBe('2026-11-24T09:00:30Z')
    expect(utc('2026-06-24T10:00')).toBe('2026-06-24T08:00:00Z')
    expect(utc('2026-11-24T10:00', 'America/New_York')).toBe('2026-11-24T15:00:00Z')
    expect(utc('2026-11-24T10:00', 'Pacific/Chatham')).toBe('2026-11-23T20:15:00Z')
  })

  it('applies the gap and repeat policy to local times', () => {
    expect(utc('2026-03-29T02:30')).toBe('2026-03-29T01:30:00Z')
    expect(formatZoned(parseDateTimeInZone('2026-03-29T02:30', Z), Z)).toBe(
      '2026-03-29T03:30:00+02:00',
    )
    expect(utc('2026-10-25T02:30:15')).toBe('2026-10-25T00:30:15Z')
  })

  it('reads Z and ±HH:MM as absolute instants, whatever the zone', () => {
    for (const zone of ZONES) {
      expect(utc('2026-11-24T10:00Z', zone)).toBe('2026-11-24T10:00:00Z')
      expect(utc('2026-11-24T10:00:00+05:30', zone)).toBe('2026-11-24T04:30:00Z')
      expect(utc('2026-11-24T10:00-03:30', zone)).toBe('2026-11-24T13:30:00Z')
      expect(utc('2026-03-29T02:30+01:00', zone)).toBe('2026-03-29T01:30:00Z')
    }
  })

  it('round-trips formatZoned output in every zone', () => {
    fc.assert(
      fc.property(
        fc.integer({
          min: Date.parse('2020-01-01T00:00:00Z') / 1000,
          max: Date.parse('2032-01-01T00:00:00Z') / 1000,
        }),
        fc.constantFrom(...ZONES),
        (seconds, zone) => {
          const text = formatZoned(seconds * 1000, zone)
          expect(parseDateTimeInZone(text, 'UTC')).toBe(seconds * 1000)
        },
      ),
    )
  })

  it('rejects other shapes with time/invalid-datetime and the given path', () => {
    const bad = [
      '2026-11-24',
      '2026-11-24 10:00',
      '2026-11-24t10:00',
      '2026-11-24T10:00z',
      '2026-11-24T10:00:00.000Z',
      '2026-11-24T24:00',
      '2026-11-24T10',
      '2026-11-24T10:00+0100',
      '2026-11-24T10:00+01',
      '2026-02-30T10:00',
      '2026-11-24T10:00:60',
      '',
    ]
    for (const text of bad) {
      try {
        parseDateTimeInZone(text, Z, '/busy/0/start')
        expect.unreachable(text)
      } catch (error) {
        expect(isSnackplanError(error)).toBe(true)
        if (isSnackplanError(error)) {
          expect([text, error.code, error.path]).toEqual([
            text,
            'time/invalid-datetime',
            '/busy/0/start',
          ])
          expect(error.message).toContain('YYYY-MM-DDTHH:MM')
        }
      }
    }
    expect(() => parseDateTimeInZone('2026-11-24T10:00', 'Nowhere/Land')).toThrow(
      /unknown IANA time zone/,
    )
  })
})
