import { SnackplanError, type SnackplanIssue } from '@snackplan/catalog'
import { busySpan } from '../profile/busy'
import type { Interval } from './select'

/**
 * Busy blocks a plugin returned, as instants. Anything malformed or reversed
 * is an error that names the plugin and the block, never silently ignored.
 */
export function pluginBusy(
  blocks: unknown,
  plugin: string,
  index: number,
  timeZone: string,
): Interval[] {
  const at = `/plugins/${index}/busy`
  if (!Array.isArray(blocks)) {
    throw new SnackplanError(
      [
        {
          code: 'plugin/busy',
          path: at,
          message: 'busy() must return an array of { start, end } blocks',
        },
      ],
      plugin,
    )
  }
  const issues: SnackplanIssue[] = []
  const out: Interval[] = []
  blocks.forEach((b, j) => {
    try {
      const block = b as { start?: unknown; end?: unknown } | null
      const start = block?.start as string
      const end = block?.end as string
      const span = busySpan(start, end, timeZone, `${at}/${j}`)
      if (!span.ordered)
        issues.push({
          code: 'plugin/busy-not-ordered',
          path: `${at}/${j}/end`,
          message: `a busy block must end after it starts (got ${start} to ${end})`,
        })
      else out.push({ start: span.start, end: span.end })
    } catch (e) {
      const errors = (e as SnackplanError).errors
      if (!Array.isArray(errors)) throw e
      issues.push(...errors)
    }
  })
  if (issues.length > 0) throw new SnackplanError(issues, plugin)
  return out
}
