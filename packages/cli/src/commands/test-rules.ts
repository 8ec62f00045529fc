import { intFlag, parse, stringFlags } from '../args'
import { readJsonFile } from '../files'
import { EXIT, type Io, UsageError } from '../io'
import { inFile, plannerFromFiles } from './load'

/** The flags `test-rules` takes (each listed in `USAGE`; a test checks). */
export const TEST_RULES_FLAGS = stringFlags('runs', 'seed', 'catalog')

/**
 * `snackplan test-rules FILE [--runs N] [--seed N] [--catalog FILE]`:
 * property-tests a rule set against the invariants with random profiles.
 */
export async function testRulesCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, TEST_RULES_FLAGS, true)
  const [file, ...extra] = positionals
  if (!file || extra.length > 0) throw new UsageError('test-rules needs exactly one FILE')
  const runs = intFlag(values.runs, 'runs', 1, 100_000, 100)
  const seed = intFlag(values.seed, 'seed', 0, 2 ** 31 - 1, 1)
  const { catalog } = await plannerFromFiles(io.cwd, values.catalog)
  const doc = await readJsonFile(io.cwd, file)
  // Loaded on demand: fast-check is only needed by this command.
  const { testRuleSet } = await import('@snackplan/engine/testing')
  // On top of the default program, as testRuleSet does by default.
  const report = await inFile(file, () => testRuleSet(doc, { runs, seed, catalog }))
  if (report.ok) {
    io.out(
      `${file}: ${report.runs} random profiles, ${report.snacks} snacks and ${report.items - report.snacks} pauses or sessions, every invariant held (seed ${report.seed})\n`,
    )
    return EXIT.ok
  }
  if (report.nothingChecked) {
    io.err(
      `${file}: ${report.runs} random profiles and not one exercise snack planned, so the snack invariants were never checked (seed ${report.seed})\n`,
    )
    return EXIT.invalid
  }
  for (const f of report.failures) {
    io.err(
      `${file}: invariant "${f.invariant}" broken (seed ${report.seed}, path ${f.counterexamplePath}, plan seed ${f.planSeed})\n`,
    )
    for (const m of f.messages) io.err(`  ${m}\n`)
    io.err(`  profile: ${JSON.stringify(f.profile)}\n`)
  }
  io.err(`replay with: snackplan test-rules ${file} --seed ${report.seed} --runs ${report.runs}\n`)
  return EXIT.invalid
}
