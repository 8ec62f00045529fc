// Formatting of result rows for the terminal and for results.md.

const unit = (n, units, step) => {
  let i = 0
  while (Math.abs(n) >= step && i < units.length - 1) {
    n /= step
    i++
  }
  return `${n >= 100 || i === 0 ? Math.round(n) : n.toFixed(1)} ${units[i]}`
}

/** Bytes as B / kB / MB (powers of 1024). */
export const bytes = (n) => (n === undefined ? '' : unit(n, ['B', 'KiB', 'MiB', 'GiB'], 1024))

/** Milliseconds as µs / ms / s. */
export function ms(n) {
  if (n === undefined) return ''
  if (n < 1) return `${(n * 1000).toFixed(n < 0.01 ? 2 : 1)} µs`
  if (n < 1000) return `${n.toFixed(n < 10 ? 2 : 1)} ms`
  return `${(n / 1000).toFixed(2)} s`
}

const ops = (n) =>
  n === undefined ? '' : n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(2)
const ratio = (n) => (n === undefined ? '' : n >= 100 ? `${Math.round(n)}x` : `${n.toFixed(2)}x`)

/** The columns of every table. */
export const COLUMNS = [
  'task',
  'ops/s',
  'mean',
  'median',
  'p99',
  'n',
  'vs ref',
  'first call',
  'alloc/op',
  'retained',
  'output',
]

/** One row as table cells. `vs ref` is this row's mean over the reference row's mean. */
export function cells(row) {
  return [
    row.ref ? `${row.name} (ref)` : row.name,
    ops(row.hz),
    ms(row.meanMs),
    ms(row.medianMs ?? (row.samples === 1 ? row.meanMs : undefined)),
    ms(row.p99Ms),
    row.samples === undefined ? '' : String(row.samples),
    ratio(row.ratio),
    ms(row.firstCallMs),
    bytes(row.allocated),
    bytes(row.retained),
    bytes(row.outputBytes),
  ]
}

/** A plain-text table for the terminal. */
export function textTable(title, rows) {
  const all = [COLUMNS, ...rows.map(cells)]
  const widths = COLUMNS.map((_, c) => Math.max(...all.map((r) => r[c].length)))
  const line = (r) =>
    r.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  ')
  return [
    `\n${title}`,
    line(all[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...all.slice(1).map(line),
  ].join('\n')
}

/** A GitHub-flavoured Markdown table. */
export function markdownTable(title, rows) {
  const head = `| ${COLUMNS.join(' | ')} |`
  const sep = `| ${COLUMNS.map((_, c) => (c === 0 ? '---' : '---:')).join(' | ')} |`
  return [
    `### ${title}`,
    '',
    head,
    sep,
    ...rows.map((r) => `| ${cells(r).join(' | ')} |`),
    '',
  ].join('\n')
}

/** Fills `ratio` of each row relative to the row marked `ref`. */
export function withRatios(rows) {
  const ref = rows.find((r) => r.ref)
  return rows.map((r) => ({
    ...r,
    ratio: ref && r.meanMs !== undefined ? r.meanMs / ref.meanMs : undefined,
  }))
}
