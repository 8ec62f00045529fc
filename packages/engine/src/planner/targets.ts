import { deepFreeze, SnackplanError } from '@snackplan/catalog'
import type { Fired } from '../evaluate/engine'
import type { BoundsParams, RuleEvent, TargetsParams } from '../rules/types'

/** The day's targets after merging every progression rule that fired. */
export interface DayTargets extends TargetsParams {
  snacks: number
  doseSec: { min: number; max: number }
  focus: NonNullable<TargetsParams['focus']>
  /** Each rule that set a target, in the order they merged. */
  rules: string[]
  /** The rule whose value won, per field. */
  sources: Partial<Record<keyof TargetsParams, string>>
}

/** What the planner does when no progression rule fires. */
export const DEFAULT_TARGETS: Omit<DayTargets, 'rules' | 'sources'> = {
  snacks: 3,
  doseSec: { min: 30, max: 60 },
  focus: 'mixed',
}

/**
 * Merges progression events field by field: higher-priority rules win, and
 * among equals the later rule in the set wins (so a set reads top to bottom).
 */
export function mergeTargets(
  fired: readonly Fired<Extract<RuleEvent, { type: 'targets' }>>[],
): DayTargets {
  const ordered = [...fired].sort((a, b) => a.priority - b.priority || a.order - b.order)
  const merged: DayTargets = { ...DEFAULT_TARGETS, rules: [], sources: {} }
  for (const f of ordered) {
    Object.assign(merged, f.event.params)
    for (const key of Object.keys(f.event.params) as (keyof TargetsParams)[])
      merged.sources[key] = f.rule
    merged.rules.push(f.rule)
  }
  return merged
}

/** Limits after combining every bounds rule that fired: always the strictest. */
export interface DayBounds {
  snackSec: { min: number; max: number }
  /** Seconds per hold (per side) for isometric holds. */
  holdSec: { min: number; max: number }
  daySecMax: number
  minGapMin: number
  maxSnacks: number
  warmupSec: number
  warmupFromEffort: number
  reasons: string[]
}

/** The seed guides' numbers, used for any bound no rule sets. */
export const DEFAULT_BOUNDS: Omit<DayBounds, 'reasons'> = {
  snackSec: { min: 20, max: 90 },
  // The isometric guide: hold 10-30 s.
  holdSec: { min: 10, max: 30 },
  daySecMax: 540,
  minGapMin: 30,
  maxSnacks: 6,
  warmupSec: 15,
  warmupFromEffort: 7,
}

/**
 * Combines bounds so no rule can loosen another: shortest maxima, longest
 * minima and gaps, longest warm-up from the lowest effort.
 */
export function mergeBounds(
  fired: readonly Fired<Extract<RuleEvent, { type: 'bounds' }>>[],
): DayBounds {
  const set = <K extends keyof BoundsParams>(k: K) =>
    fired
      .map((f) => f.event.params[k])
      .filter((v): v is NonNullable<BoundsParams[K]> => v !== undefined)
  const pick = (values: number[], fallback: number, fn: (...v: number[]) => number) =>
    values.length > 0 ? fn(...values) : fallback
  // The longest minimum and the shortest maximum of every rule that sets the range.
  const strictest = (key: 'snackSec' | 'holdSec') => {
    const ranges = set(key)
    return {
      min: pick(
        ranges.map((r) => r.min),
        DEFAULT_BOUNDS[key].min,
        Math.max,
      ),
      max: pick(
        ranges.map((r) => r.max),
        DEFAULT_BOUNDS[key].max,
        Math.min,
      ),
    }
  }
  const merged: DayBounds = {
    snackSec: strictest('snackSec'),
    holdSec: strictest('holdSec'),
    daySecMax: pick(
      set('daySec').map((d) => d.max),
      DEFAULT_BOUNDS.daySecMax,
      Math.min,
    ),
    minGapMin: pick(set('minGapMin'), DEFAULT_BOUNDS.minGapMin, Math.max),
    maxSnacks: pick(set('maxSnacks'), DEFAULT_BOUNDS.maxSnacks, Math.min),
    warmupSec: pick(set('warmupSec'), DEFAULT_BOUNDS.warmupSec, Math.max),
    warmupFromEffort: pick(set('warmupFromEffort'), DEFAULT_BOUNDS.warmupFromEffort, Math.min),
    reasons: fired.map((f) => `limit:${f.rule}`),
  }
  if (merged.snackSec.min > merged.snackSec.max || merged.holdSec.min > merged.holdSec.max) {
    const key = merged.snackSec.min > merged.snackSec.max ? 'snackSec' : 'holdSec'
    // Two bounds that cannot both hold would silently plan nothing: say so.
    throw new SnackplanError(
      [
        {
          code: 'rules/bounds-crossed',
          path: '',
          message: `bounds rules ${fired.map((f) => `"${f.rule}"`).join(', ')} leave no ${key === 'snackSec' ? 'snack' : 'hold'} length: at least ${merged[key].min} s but at most ${merged[key].max} s`,
        },
      ],
      'engine',
    )
  }
  return merged
}

// Remembered rule answers are frozen lists, given again to every day and
// plan that asks alike: each one's merge is made once, frozen, and shared.
// Weak, so a merge lives only as long as the rule memory keeps its answer.
const mergedTargets = new WeakMap<object, DayTargets>()
const mergedBounds = new WeakMap<object, DayBounds>()

function mergedOnce<F extends object, T extends object>(
  memo: WeakMap<object, T>,
  fired: F,
  merge: (fired: F) => T,
): T {
  if (!Object.isFrozen(fired)) return merge(fired)
  let out = memo.get(fired)
  if (out === undefined) {
    out = deepFreeze(merge(fired))
    memo.set(fired, out)
  }
  return out
}

/** {@link mergeTargets}, made once per remembered (frozen) answer; the result is frozen. */
export function dayTargets(
  fired: readonly Fired<Extract<RuleEvent, { type: 'targets' }>>[],
): Readonly<DayTargets> {
  return mergedOnce(mergedTargets, fired, mergeTargets)
}

/** {@link mergeBounds}, made once per remembered (frozen) answer; the result is frozen. */
export function dayBounds(
  fired: readonly Fired<Extract<RuleEvent, { type: 'bounds' }>>[],
): Readonly<DayBounds> {
  return mergedOnce(mergedBounds, fired, mergeBounds)
}
