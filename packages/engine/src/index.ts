export * from './types/profile'
export type * from './types/plan'
export type * from './plugins/types'
