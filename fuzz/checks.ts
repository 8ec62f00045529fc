/** The shape of a `check*` result (CheckResult in @snackplan/catalog, which fuzz/ cannot import). */
type CheckResult<T> =
  | { ok: true; value: T; warnings: Issue[] }
  | { ok: false; errors: Issue[]; warnings: Issue[] }
interface Issue {
  code: string
  path: string
  message: string
}

/**
 * Throws unless `result` is what a `check*` function promises: `ok` with a
 * value, or a bounded list of issues, each with a string code, a JSON
 * pointer path and a message.
 */
export function assertCheckResult(result: CheckResult<unknown>): void {
  if (result.ok) {
    if (result.value === undefined) throw new Error('ok without a value')
    return
  }
  if (result.errors.length === 0 || result.errors.length > 51) {
    throw new Error(`expected 1..51 errors, got ${result.errors.length}`)
  }
  for (const e of [...result.errors, ...result.warnings]) {
    if (typeof e.code !== 'string' || !/^[a-z-]+\/[a-zA-Z-]+$/.test(e.code)) {
      throw new Error(`bad issue code ${JSON.stringify(e.code)}`)
    }
    if (typeof e.path !== 'string' || (e.path !== '' && !e.path.startsWith('/'))) {
      throw new Error(`bad JSON pointer ${JSON.stringify(e.path)}`)
    }
    if (typeof e.message !== 'string' || e.message === '')
      throw new Error('issue without a message')
    // MAX_MESSAGE in @snackplan/catalog; a path is at most 32 keys of 200 characters.
    if (e.message.length > 500) throw new Error(`message of ${e.message.length} characters`)
    if (e.path.length > 32 * 201) throw new Error(`path of ${e.path.length} characters`)
  }
}

/**
 * Runs a `check*` function the way the fuzz targets need: it must not throw
 * at all, its result must have the promised shape, and a value it accepts
 * must pass again unchanged.
 */
export function checkTwice<T>(check: (input: unknown) => CheckResult<T>, input: unknown): void {
  let result: CheckResult<T>
  try {
    result = check(input)
  } catch (error) {
    throw new Error(`check threw instead of returning errors: ${String(error)}`)
  }
  assertCheckResult(result)
  if (!result.ok) return
  const again = check(JSON.parse(JSON.stringify(result.value)))
  if (!again.ok)
    throw new Error(`an accepted value is refused when checked again: ${again.errors[0]?.message}`)
}
