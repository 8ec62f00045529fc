// Writes this package's generated files; test/generated.test.ts fails when they are stale.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { renderAll } from './render'

const root = fileURLToPath(new URL('..', import.meta.url))
for (const [file, text] of Object.entries(renderAll())) {
  writeFileSync(root + file, text)
  console.log(`wrote ${file}`)
}
