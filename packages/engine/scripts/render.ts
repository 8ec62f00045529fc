import {
  renderSchemaFile,
  renderValidators,
  renderValidatorTypes,
} from '../../../scripts/ajv-standalone'
import { profileSchema } from '../src/profile/schema'
import { ruleSetSchema } from '../src/rules/schema'

/** One generated validator module: the schemas it compiles and what it exports. */
interface ValidatorModule {
  /** Path in the package without extension; `.js` and `.d.ts` are written. */
  file: string
  /** Every schema the module needs, so `$ref`s between them resolve. */
  schemas: readonly { $id: string }[]
  /** Export name -> `$id` of the schema it validates. */
  exports: Record<string, string>
}

/** Shipped schemas (`./*.schema.json` subpath exports), keyed by file name. */
const SCHEMA_FILES: Record<string, { $id: string }> = {
  'schema/profile.schema.json': profileSchema,
  'schema/rules.schema.json': ruleSetSchema,
}

/** One module per input kind, so loading a profile never pulls in the rule-set validator. */
const MODULES: readonly ValidatorModule[] = [
  {
    file: 'src/generated/profile-validator',
    schemas: [profileSchema],
    exports: { validateProfile: profileSchema.$id },
  },
  {
    file: 'src/generated/rules-validator',
    schemas: [ruleSetSchema],
    exports: { validateRuleSet: ruleSetSchema.$id },
  },
]

/** Every generated file of this package, keyed by its path in the package. */
export function renderAll(): Record<string, string> {
  const files: Record<string, string> = {}
  for (const [file, schema] of Object.entries(SCHEMA_FILES)) files[file] = renderSchemaFile(schema)
  for (const m of MODULES) {
    files[`${m.file}.js`] = renderValidators(m.schemas, m.exports)
    files[`${m.file}.d.ts`] = renderValidatorTypes(Object.keys(m.exports))
  }
  return files
}
