import { showValue } from '@snackplan/catalog'
import { icsError } from './errors'

/**
 * Options of {@link toICS}. All optional; the defaults suit a subscribed feed.
 */
export interface ToICSOptions {
  /** Calendar name (RFC 7986 NAME and X-WR-CALNAME). Default `snackplan`. */
  name?: string
  /** Calendar description (RFC 7986 DESCRIPTION and X-WR-CALDESC). Omitted by default. */
  description?: string
  /**
   * How DTSTART/DTEND are written.
   * - `'local'` (default): `DTSTART;TZID=Europe/Stockholm:20261123T093000`
   *   plus a matching VTIMEZONE. A snack is planned on the person's wall
   *   clock (after lunch, before bed), and clients that know the IANA zone
   *   (Google, Apple) keep it at that wall-clock time, show the zone in the
   *   event, and Outlook gets the VTIMEZONE it needs. An instant that falls in
   *   a repeated hour (autumn change) is written in UTC instead, because RFC
   *   5545 reads an ambiguous local time as its first occurrence.
   * - `'utc'`: `DTSTART:20261123T083000Z`, no VTIMEZONE.
   */
  times?: 'local' | 'utc'
  /**
   * TRANSP of every event. Default `'transparent'`: a five-minute snack is
   * movable and should not make the person look busy to colleagues'
   * free/busy look-ups or block meeting suggestions.
   */
  transparency?: 'transparent' | 'opaque'
  /** Write the events' display alarms (VALARM). Default `true`. */
  alarms?: boolean
  /** X-WR-TIMEZONE. Default: the zone of the events when they all share one. */
  timeZone?: string
  /** REFRESH-INTERVAL and X-PUBLISHED-TTL in whole hours (1-8760). Default 12. */
  refreshHours?: number
  /** PRODID. Default `-//snackplan//snackplan <version>//EN`. */
  prodId?: string
}

/** {@link ToICSOptions} with defaults applied and values checked. */
export interface ResolvedOptions {
  name: string
  description: string | undefined
  times: 'local' | 'utc'
  transparency: 'transparent' | 'opaque'
  alarms: boolean
  timeZone: string | undefined
  refreshHours: number
  prodId: string
}

function oneOf<T extends string>(key: string, value: unknown, allowed: readonly T[], dflt: T): T {
  if (value === undefined) return dflt
  if ((allowed as readonly unknown[]).includes(value)) return value as T
  throw icsError(
    'ics/invalid-option',
    `/${key}`,
    `${key} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${showValue(value)}`,
  )
}

function text(key: string, value: unknown): string | undefined {
  if (value === undefined || typeof value === 'string') return value
  throw icsError('ics/invalid-option', `/${key}`, `${key} must be a string`)
}

/** Applies defaults and checks every option, throwing a SnackplanError on bad ones. */
export function resolveOptions(options: ToICSOptions, defaultProdId: string): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    throw icsError('ics/invalid-option', '', `options must be an object, got ${showValue(options)}`)
  }
  const refreshHours = options.refreshHours ?? 12
  if (!Number.isInteger(refreshHours) || refreshHours < 1 || refreshHours > 8760) {
    throw icsError(
      'ics/invalid-option',
      '/refreshHours',
      `refreshHours must be a whole number of hours from 1 to 8760, got ${showValue(refreshHours)}`,
    )
  }
  if (options.alarms !== undefined && typeof options.alarms !== 'boolean') {
    throw icsError('ics/invalid-option', '/alarms', 'alarms must be true or false')
  }
  return {
    name: text('name', options.name) ?? 'snackplan',
    description: text('description', options.description),
    times: oneOf('times', options.times, ['local', 'utc'], 'local'),
    transparency: oneOf(
      'transparency',
      options.transparency,
      ['transparent', 'opaque'],
      'transparent',
    ),
    alarms: options.alarms ?? true,
    timeZone: text('timeZone', options.timeZone),
    refreshHours,
    prodId: text('prodId', options.prodId) ?? defaultProdId,
  }
}
