export { checkProfile, loadProfile } from './check'
export {
  DATE_TIME_PATTERN,
  LOCAL_DATE_PATTERN,
  LOCAL_TIME_PATTERN,
  MAX_BUSY,
  MAX_FEEDBACK,
  PROFILE_ID_PATTERN,
  profileSchema,
  TIME_ZONE_PATTERN,
} from './schema'
