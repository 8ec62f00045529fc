export {
  type CachedFeed,
  type FeedCache,
  type FeedCacheStats,
  type MemoryFeedCache,
  type MemoryFeedCacheOptions,
  memoryFeedCache,
} from './cache'
export { createFeedHandler } from './handler'
export {
  type NodeListener,
  type NodeRequestLike,
  type NodeResponseLike,
  toNodeListener,
} from './node'
export { FEED_ID_PATTERN } from './route'
export { type FeedStore, type MemoryFeedStoreOptions, memoryFeedStore } from './store'
export type {
  FeedEventsFunction,
  FeedHandlerOptions,
  FeedPlanner,
  FeedSerializeFunction,
  FetchHandler,
} from './types'
export type { FeedWindow } from './window'
