// The "@snackplan/source" export condition points at src/*.ts so that tests
// and tools in this workspace run against the sources. Those files are not in
// the tarball, so the condition is for the workspace only: strip it from the
// package.json that `pnpm pack` / `pnpm publish` write (pnpm >= 10.28).
const CONDITION = '@snackplan/source'

function strip(value) {
  if (Array.isArray(value)) return value.map(strip)
  if (value === null || typeof value !== 'object') return value
  const out = {}
  for (const [key, inner] of Object.entries(value)) {
    if (key !== CONDITION) out[key] = strip(inner)
  }
  return out
}

module.exports = {
  hooks: {
    beforePacking(pkg) {
      if (pkg.exports !== undefined) pkg.exports = strip(pkg.exports)
      return pkg
    },
  },
}
