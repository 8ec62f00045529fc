import { randomBytes } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { parseJsonText, SnackplanError } from '@snackplan/catalog'

/**
 * Reads a JSON file; a missing file or bad JSON is a SnackplanError naming
 * the file (and, for bad JSON, the line and column).
 */
export async function readJsonFile(cwd: string, file: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(resolve(cwd, file), 'utf8')
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(e)
    throw new SnackplanError(
      [{ code: 'file/unreadable', path: '', message: `${file}: ${reason}` }],
      'cli',
    )
  }
  // A leading byte order mark is dropped; bad JSON says where, as line and column.
  const parsed = parseJsonText(text)
  if (parsed.ok) return parsed.value
  throw new SnackplanError(
    [{ ...parsed.issue, message: `${file}: ${parsed.issue.message}` }],
    'cli',
  )
}

/**
 * Writes a file atomically: to a temporary sibling first, then renamed over
 * the target, so a failure never leaves a half-written file behind.
 */
export async function writeFileAtomic(cwd: string, file: string, text: string): Promise<string> {
  const target = resolve(cwd, file)
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(tmp, text, 'utf8')
    await rename(tmp, target)
  } catch (e) {
    await rm(tmp, { force: true })
    throw e
  }
  return target
}
