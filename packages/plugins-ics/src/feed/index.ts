export { createFeedHandler } from './handler'
export { type NodeListener, toNodeListener } from './node'
export { FEED_ID_PATTERN } from './route'
export type {
  FeedEventOptions,
  FeedEventsFunction,
  FeedHandlerOptions,
  FeedIcsOptions,
  FeedPlanner,
  FeedSerializeFunction,
  FetchHandler,
} from './types'
export type { FeedWindow } from './window'
