export type { Io } from './io'
export { EXIT } from './io'
export { main, USAGE } from './main'
