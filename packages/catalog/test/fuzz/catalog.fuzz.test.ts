import { describe } from 'vitest'
import { fuzzEach } from '../../../../fuzz/suite'

// Each call returns (or, for mergeCatalogs, throws a SnackplanError) within
// its budget; a hang or a failure prints the seed to replay.
describe('fuzz: catalog entry points', () => {
  fuzzEach(
    new URL('./targets.ts', import.meta.url),
    ['checkCatalogTarget', 'mergeCatalogsTarget'],
    'survives hostile input',
  )
})
