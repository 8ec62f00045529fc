import { type CheckResult, checkCatalog, type SnackplanIssue } from '@snackplan/catalog'
import { checkProfile, checkRuleSet } from '@snackplan/engine'
import { parse } from '../args'
import { readJsonFile } from '../files'
import { EXIT, type Io, UsageError } from '../io'

type Kind = 'profile' | 'rules' | 'catalog'

/** Guesses what a document is: its `$schema` first, then its shape. */
export function kindOf(doc: unknown): Kind | undefined {
  if (typeof doc !== 'object' || doc === null) return undefined
  const d = doc as Record<string, unknown>
  const schema = typeof d.$schema === 'string' ? d.$schema : ''
  for (const k of ['profile', 'rules', 'catalog'] as const)
    if (schema.endsWith(`${k}.schema.json`)) return k
  if ('exercises' in d) return 'catalog'
  if ('rules' in d) return 'rules'
  if ('timeZone' in d || 'days' in d) return 'profile'
  return undefined
}

const CHECKS: Record<Kind, (doc: unknown) => CheckResult<unknown>> = {
  profile: checkProfile,
  rules: checkRuleSet,
  catalog: checkCatalog,
}

const line = (file: string, i: SnackplanIssue, level: string) =>
  `${file}: ${level} ${i.path || '/'}: ${i.message} [${i.code}]\n`

/** `snackplan check FILE...`: validates profiles, rule sets and catalogs. */
export async function checkCommand(argv: string[], io: Io): Promise<number> {
  const { positionals } = parse(argv, {}, true)
  if (positionals.length === 0) throw new UsageError('check needs at least one FILE')
  let failed = false
  for (const file of positionals) {
    let doc: unknown
    try {
      doc = await readJsonFile(io.cwd, file)
    } catch (e) {
      io.err(`${(e as Error).message.replace(/^\[snackplan\] \[cli\] \/: /, '')}\n`)
      failed = true
      continue
    }
    const kind = kindOf(doc)
    if (!kind) {
      io.err(
        `${file}: error /: not a profile, rule set or catalog (no $schema, and no "exercises", "rules" or "timeZone" key)\n`,
      )
      failed = true
      continue
    }
    const result = CHECKS[kind](doc)
    for (const w of result.warnings) io.err(line(file, w, 'warning'))
    if (result.ok) io.out(`${file}: ok (${kind})\n`)
    else {
      failed = true
      for (const e of result.errors) io.err(line(file, e, 'error'))
    }
  }
  return failed ? EXIT.invalid : EXIT.ok
}
