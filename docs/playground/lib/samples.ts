// The sample profiles and the rule-set example from this repository, as the
// exact text of their files (so the editors show them as written).
import anna from '../../../examples/profiles/anna.json?raw'
import lars from '../../../examples/profiles/lars.json?raw'
import sam from '../../../examples/profiles/sam.json?raw'
import officeExtras from '../../examples/office-extras.rules.json?raw'
import type { PlaygroundState } from './state'

/** Sample profiles by name, as the text of `examples/profiles/<name>.json`. */
export const SAMPLE_PROFILES: Readonly<Record<'anna' | 'lars' | 'sam', string>> = {
  anna,
  lars,
  sam,
}

/** `docs/examples/office-extras.rules.json`, the rule set the editor starts with. */
export const SAMPLE_RULES: string = officeExtras

/** What the page opens with: anna and the office extras example. */
export function initialState(): PlaygroundState {
  return {
    v: 1,
    profile: SAMPLE_PROFILES.anna,
    rules: SAMPLE_RULES,
    view: 'custom',
    locale: 'en',
    week: 0,
  }
}
