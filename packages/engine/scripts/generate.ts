// Writes this package's generated files; test/profile/generated.test.ts fails when they are stale.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderAll } from './render'

const root = fileURLToPath(new URL('..', import.meta.url))
for (const [file, text] of Object.entries(renderAll())) {
  mkdirSync(dirname(root + file), { recursive: true })
  writeFileSync(root + file, text)
  console.log(`wrote ${file}`)
}
