// Stands in for codemirror-json-schema's `parsers/index` (aliased in
// .vitepress/config.ts): the original also bundles its JSON5 and YAML
// parsers (the `yaml` and `json5` packages, ~135 kB) for modes this
// playground never uses. JSON mode is the only one we ask for.
import { disableErrorLogging } from 'best-effort-json-parser'
import { parseJSONDocumentState } from 'codemirror-json-schema'

// Its forgiving parser reads the text being typed for completion, and logs
// every half-typed document it reads as a console error; the editor's own
// checks already say what is wrong with the text.
disableErrorLogging()

/** The document parser for a mode; JSON only. */
export const getDefaultParser = (_mode?: string) => parseJSONDocumentState
