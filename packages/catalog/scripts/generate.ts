/**
 * Build-time code generation: writes the shipped JSON Schema files and the
 * ajv standalone validators, so that loading a catalog never compiles code
 * from strings at run time (Cloudflare Workers, strict CSP).
 * Run with `pnpm gen`; test/generated.test.ts fails when the output is stale.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { renderSchemas, renderValidators } from './render'

const root = fileURLToPath(new URL('..', import.meta.url))
for (const [file, text] of Object.entries({ ...renderSchemas(), ...renderValidators() })) {
  writeFileSync(root + file, text)
  console.log(`wrote ${file}`)
}
