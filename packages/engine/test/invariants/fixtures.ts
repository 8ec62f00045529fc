import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Profile } from '../../src/types/profile'

/** A sample profile from examples/profiles, parsed fresh for each caller. */
export function sampleProfile(name: 'anna' | 'lars' | 'sam'): Profile {
  const file = fileURLToPath(new URL(`../../../../examples/profiles/${name}.json`, import.meta.url))
  return JSON.parse(readFileSync(file, 'utf8')) as Profile
}
