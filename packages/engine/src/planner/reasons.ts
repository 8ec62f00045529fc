import type { SnackReason } from '../types/plan'

/**
 * The plain id of a structured reason, as in `snack.reasons`:
 * `trigger:after-meal-walk`, `exercise:discreet-not-squat`, ...
 */
export function reasonId(r: SnackReason): string {
  switch (r.kind) {
    case 'exercise':
      return `exercise:${r.cause}-not-${r.asked}`
    case 'feedback':
      return `feedback:${r.cause}-${r.asked}`
    default:
      return `${r.kind}:${r.rule}`
  }
}
