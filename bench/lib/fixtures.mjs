// Inputs shared by the suites: the sample profile and plans made from it.
import { readFileSync } from 'node:fs'

/** The sample profile `anna` from examples/profiles. */
export const anna = JSON.parse(
  readFileSync(new URL('../../examples/profiles/anna.json', import.meta.url), 'utf8'),
)

/** UTF-8 size of a string or of a value as JSON. */
export const byteSize = (v) => Buffer.byteLength(typeof v === 'string' ? v : JSON.stringify(v))
