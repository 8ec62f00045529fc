// The targets of issue 8, each beside the figure this run measured, with
// whether it is met. Figures come from the suites' results; timings are
// medians, as the issue states its targets.

const ms = (n) => (n === undefined ? 'n/a' : `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`)
const x = (n) => (n === undefined ? 'n/a' : `${n >= 100 ? Math.round(n) : n.toFixed(1)}x`)

/** One row per target: what, the target, the figure, met or not. */
export function targetRows({ planning, ics365, ics10k, feed, workers }) {
  const [one, month, year] = planning.unseen
  const rows = [
    [
      'plan, 28 days, a profile the planner has not seen',
      '<= 2 ms',
      month.medianMs,
      (v) => v <= 2,
      ms,
    ],
    [
      'plan, 365 days, a profile the planner has not seen',
      '<= 30 ms',
      year.medianMs,
      (v) => v <= 30,
      ms,
    ],
    [
      'plan, 1 day, a profile the planner has not seen',
      '(figure only)',
      one.medianMs,
      undefined,
      ms,
    ],
    [
      'fresh process, import to first 35-day plan',
      '<= 150 ms',
      planning.fresh.sinceImportMs,
      (v) => v <= 150,
      ms,
    ],
  ]
  for (const ics of [ics365, ics10k]) {
    if (!ics) continue
    const m = ics.medians
    const n = ics.events.toLocaleString('en')
    rows.push(
      [
        `ICS, ${n} events: ical-generator time / ours`,
        '>= 5x',
        m.icalGenerator / m.ours,
        (v) => v >= 5,
        x,
      ],
      [`ICS, ${n} events: ics (npm) time / ours`, '>= 30x', m.ics / m.ours, (v) => v >= 30, x],
      [
        `ICS, ${n} events: ours / template-literal floor`,
        '<= 2x',
        m.ours / m.floor,
        (v) => v <= 2,
        x,
      ],
    )
  }
  const [fresh, distinct, conditional, mixed] = feed.results
  rows.push(
    [
      'feed 304s: requests/s',
      '>= 3,000',
      conditional.reqPerSec,
      (v) => v >= 3000,
      (v) => v.toFixed(0),
    ],
    ['feed 304s: p99', '<= 10 ms', conditional.p99Ms, (v) => v <= 10, ms],
    [
      'feed 200s, distinct profiles: requests/s',
      '>= 150',
      distinct.reqPerSec,
      (v) => v >= 150,
      (v) => v.toFixed(0),
    ],
    ['feed 200s, distinct profiles: p99', '<= 50 ms', distinct.p99Ms, (v) => v <= 50, ms],
    [
      `server RSS after ${(fresh.requests + distinct.requests + conditional.requests + mixed.requests).toLocaleString('en')} requests over ${feed.profiles.toLocaleString('en')} profiles (target: after 100,000 over 10,000)`,
      '<= 120 MB',
      mixed.rssAfterMiB * 1.048576,
      (v) => v <= 120,
      (v) => `${v.toFixed(0)} MB`,
    ],
    [
      'Workers: CPU per cold request, default window, a feed it must plan',
      '<= 8 ms',
      workers.coldRequestCpuMs,
      (v) => v <= 8,
      ms,
    ],
    [
      'Workers: CPU per cold request, default window, an unchanged feed (304)',
      '<= 8 ms',
      workers.coldNotModifiedCpuMs,
      (v) => v <= 8,
      ms,
    ],
    [
      'Workers: CPU per request, warm isolate, unseen profile',
      '(figure only)',
      workers.unseenCpuMs,
      undefined,
      ms,
    ],
    [
      'naive per-slot json-rules-engine pipeline / planner (anna)',
      '(reference ratio)',
      planning.rows.find((r) => r.name.startsWith('naive')).meanMs /
        planning.rows.find((r) => r.ref).meanMs,
      undefined,
      x,
    ],
  )
  return rows.map(([what, target, value, ok, format]) => ({
    what,
    target,
    figure: format(value),
    met: ok === undefined ? '' : ok(value) ? 'yes' : 'no',
  }))
}

/** The targets as a plain-text table. */
export function targetsText(rows) {
  const w = Math.max(...rows.map((r) => r.what.length))
  return [
    'Targets (issue 8)',
    ...rows.map(
      (r) => `  ${r.what.padEnd(w)}  ${r.target.padStart(17)}  ${r.figure.padStart(10)}  ${r.met}`,
    ),
  ].join('\n')
}

/** The targets as Markdown. */
export function targetsMarkdown(rows) {
  return [
    '### Targets (issue 8)',
    '',
    '| target | wanted | measured | met |',
    '| --- | ---: | ---: | --- |',
    ...rows.map((r) => `| ${r.what} | ${r.target} | ${r.figure} | ${r.met} |`),
    '',
  ].join('\n')
}
