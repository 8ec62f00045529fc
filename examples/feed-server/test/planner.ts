// TEMPORARY planner double until createPlanner lands in @snackplan/engine:
// two snacks on every non-rest day of the requested window, at 09:30 and
// 15:00 UTC. Replace with createPlanner({ catalog: defaultCatalog, rules: defaultRules, plugins: [] }).
import type { Plan, PlanRequest } from '@snackplan/engine'
import type { FeedPlanner } from '@snackplan/plugins-ics'

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

export function planner(): FeedPlanner {
  return {
    async plan(request: PlanRequest): Promise<Plan> {
      const { profile } = request
      const from = request.from ?? profile.programStart
      const count = request.days ?? 7
      const days = Array.from({ length: count }, (_, i) => {
        const date = addDays(from, i)
        const dayType = profile.days[WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!].type
        const snacks =
          dayType === 'rest'
            ? []
            : ['09:30', '15:00'].map((time, n) => ({
                id: `${profile.id}-${date}-${n + 1}`,
                start: `${date}T${time}:00Z`,
                end: `${date}T${time.slice(0, 4)}1:00Z`,
                exerciseId: n === 0 ? 'chair-squat' : 'wall-push-up',
                kind: 'strength' as const,
                durationSec: 45,
                dose: 45,
                rounds: 1,
                restSec: 0,
                effort: 7,
                focus: 'strength' as const,
                warmupSec: 15,
                modifiers: [],
                reasons: ['trigger:hourly-active-pause'],
              }))
        return { date, dayType, programDay: i + 1, totalActiveSec: snacks.length * 45, snacks }
      })
      return {
        profileId: profile.id,
        timeZone: profile.timeZone,
        from,
        to: addDays(from, count - 1),
        rules: { id: 'snackplan-default', version: '1.0.0' },
        days,
        excluded: [],
        advisories: [],
      }
    },
  }
}
