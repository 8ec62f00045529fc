// One source of zone offsets for the whole project: the engine's Intl-only helpers.
export { exactOffsetMinutesAt, isValidTimeZone, offsetMinutesAt } from '@snackplan/engine'
