import { LOCALES, type Locale } from '@snackplan/catalog'
import { isLocalDate, type Plan, type Profile } from '@snackplan/engine'
import { intFlag, oneOf, parse, stringFlags } from '../args'
import { readJsonFile, writeFileAtomic } from '../files'
import { formatTable } from '../format/table'
import { EXIT, type Io, UsageError } from '../io'
import { inFile, plannerFromFiles } from './load'

const FORMATS = ['table', 'json', 'ics'] as const

/** The flags `plan` takes (each listed in `USAGE`; a test checks). */
export const PLAN_FLAGS = stringFlags(
  'profile',
  'rules',
  'catalog',
  'from',
  'days',
  'format',
  'locale',
  'seed',
  'out',
)

/** `snackplan plan --profile FILE [...]`: prints or writes a plan. */
export async function planCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, PLAN_FLAGS)
  if (!values.profile) throw new UsageError('plan needs --profile FILE')
  const format = oneOf(values.format, 'format', FORMATS, 'table')
  const days = intFlag(values.days, 'days', 1, 366, 7)
  const seed = intFlag(values.seed, 'seed', 0, 2 ** 31 - 1, 1)
  const locale =
    values.locale === undefined ? undefined : oneOf(values.locale, 'locale', LOCALES, 'en')
  if (values.from !== undefined && !isLocalDate(values.from)) {
    throw new UsageError(`--from must be a date YYYY-MM-DD, got "${values.from}"`)
  }

  const planner = await plannerFromFiles(io.cwd, values.catalog, values.rules)
  const profileFile = values.profile
  const profile = (await readJsonFile(io.cwd, profileFile)) as Profile
  const plan: Plan = await inFile(profileFile, () =>
    planner.plan({ profile, ...(values.from ? { from: values.from } : {}), days, seed }),
  )
  const lang: Locale = locale ?? (LOCALES.includes(profile.locale) ? profile.locale : 'en')
  const text =
    format === 'json'
      ? `${JSON.stringify(plan, null, 2)}\n`
      : format === 'ics'
        ? planner.export('ics', plan, { locale: lang, name: `snackplan · ${plan.profileId}` })
        : formatTable(plan, planner.catalog, lang)
  if (values.out) {
    const path = await writeFileAtomic(io.cwd, values.out, text)
    io.err(`wrote ${path}\n`)
  } else io.out(text)
  return EXIT.ok
}
