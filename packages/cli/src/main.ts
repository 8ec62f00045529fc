import { isSnackplanError } from '@snackplan/catalog'
import { checkCommand } from './commands/check'
import { planCommand } from './commands/plan'
import { serveCommand } from './commands/serve'
import { testRulesCommand } from './commands/test-rules'
import { EXIT, type Io, UsageError } from './io'

/** The usage text printed by `snackplan --help` and on usage errors. */
export const USAGE = `snackplan: micro-training schedules from declarative rules

Usage:
  snackplan plan  --profile FILE [--rules FILE] [--catalog FILE] [--from YYYY-MM-DD] [--days N]
                  [--format table|json|ics] [--locale en|sv|da] [--seed N] [--out FILE]
  snackplan serve --profiles DIR [--port N] [--host 127.0.0.1]     GET /<profileId>.ics
                  [--rules FILE] [--catalog FILE] [--store-mib N] [--cache-mib N]
  snackplan check FILE...          validates profiles, rule sets and catalogs
  snackplan test-rules FILE [--catalog FILE] [--runs N] [--seed N]   property-tests a rule set

Exit codes: 0 ok, 1 invalid input, 2 usage error.
`

const COMMANDS: Record<string, (argv: string[], io: Io) => Promise<number>> = {
  plan: planCommand,
  serve: (argv, io) => serveCommand(argv, io),
  check: checkCommand,
  'test-rules': testRulesCommand,
}

/** Runs the CLI; returns the exit code and never throws. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE)
    return name === undefined ? EXIT.usage : EXIT.ok
  }
  const command = COMMANDS[name]
  if (!command) {
    io.err(`snackplan: unknown command "${name}"\n\n${USAGE}`)
    return EXIT.usage
  }
  try {
    return await command(rest, io)
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`snackplan ${name}: ${e.message}\n\n${USAGE}`)
      return EXIT.usage
    }
    if (isSnackplanError(e)) {
      for (const issue of e.errors)
        io.err(`error ${issue.path || '/'}: ${issue.message} [${issue.code}]\n`)
      return EXIT.invalid
    }
    io.err(`snackplan ${name}: ${(e as Error).stack ?? String(e)}\n`)
    return EXIT.invalid
  }
}
