// One source of zone offsets for the whole project: the engine's Intl-only helpers.
export { isValidTimeZone, offsetMinutesAt } from '@snackplan/engine'
