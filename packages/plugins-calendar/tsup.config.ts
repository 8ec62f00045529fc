import { packageConfig } from '../../tsup.config.base'

export default packageConfig({ index: 'src/index.ts', events: 'src/events-entry.ts' }, {}, [
  '@noble/hashes',
])
