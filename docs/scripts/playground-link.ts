/**
 * Prints a playground link that opens with a profile and a rule set
 * preloaded, for "try this" links in the docs:
 *
 *   npx tsx docs/scripts/playground-link.ts --profile examples/profiles/anna.json \
 *     [--rules docs/examples/office-extras.rules.json | --default] [--locale sv] [--week 1]
 *
 * Paths are from the repository root. The link is `playground.md#s=...`, a
 * share link (the files' exact text, deflated into the fragment);
 * docs/test/playground.test.ts checks that every such link in the docs
 * still opens a valid profile and rule set.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { encodeState } from '../playground/lib/share'
import { LOCALES, type PlaygroundState, toState } from '../playground/lib/state'
import { ROOT } from './tables'

const { values } = parseArgs({
  options: {
    profile: { type: 'string' },
    rules: { type: 'string' },
    default: { type: 'boolean' },
    locale: { type: 'string', default: 'en' },
    week: { type: 'string', default: '0' },
  },
})
if (!values.profile || (!values.rules && !values.default)) {
  console.error(
    'usage: playground-link.ts --profile FILE (--rules FILE | --default) [--locale en|sv|da] [--week N]',
  )
  process.exit(2)
}
const read = (file: string) => readFileSync(`${ROOT}${file}`, 'utf8')
const wanted = {
  v: 1,
  profile: read(values.profile),
  rules: values.rules ? read(values.rules) : '',
  view: values.default ? 'default' : 'custom',
  locale: values.locale,
  week: Number(values.week),
}
const state: PlaygroundState = toState(wanted, {
  ...wanted,
  locale: LOCALES[0]!,
  week: 0,
} as PlaygroundState)
console.log(`playground.md${await encodeState(state)}`)
