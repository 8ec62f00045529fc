export {
  type CachedFeed,
  type FeedCache,
  type FeedCacheStats,
  type MemoryFeedCache,
  type MemoryFeedCacheOptions,
  memoryFeedCache,
} from './cache'
export { createFeedHandler, DEFAULT_FEED_TIMEOUT_MS } from './handler'
export {
  DEFAULT_NODE_TIMEOUT_MS,
  type NodeListener,
  type NodeListenerOptions,
  type NodeRequestLike,
  type NodeResponseLike,
  toNodeListener,
} from './node'
export { FEED_ID_PATTERN } from './route'
export {
  type FeedStore,
  type FeedStoreStats,
  type MemoryFeedStore,
  type MemoryFeedStoreOptions,
  memoryFeedStore,
} from './store'
export type {
  FeedEventsFunction,
  FeedHandlerOptions,
  FeedPlanner,
  FeedSerializeFunction,
  FetchHandler,
} from './types'
export type { FeedWindow } from './window'
