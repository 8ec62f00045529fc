import { parseArgs } from 'node:util'
import { UsageError } from './io'

/** Parsed flags (string-valued only) and positionals. */
export interface Parsed {
  values: Record<string, string | undefined>
  positionals: string[]
}

/** String-valued flags by name, as `parse` takes them. */
export type Flags = Record<string, { type: 'string' }>

/** The flags named, each string-valued. */
export function stringFlags(...names: string[]): Flags {
  return Object.fromEntries(names.map((name) => [name, { type: 'string' as const }]))
}

/** Parses string flags strictly: an unknown flag or a missing value is a usage error. */
export function parse(argv: string[], options: Flags, allowPositionals = false): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options,
      allowPositionals,
      strict: true,
    })
    return { values: values as Record<string, string | undefined>, positionals }
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
}

/** A whole number flag within bounds, or the default. */
export function intFlag(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!/^-?\d+$/.test(value) || n < min || n > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${value}"`)
  }
  return n
}

/** One of a fixed set of values, or the default. */
export function oneOf<T extends string>(
  value: string | undefined,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got "${value}"`)
  }
  return value as T
}
