import fc from 'fast-check'

// Property tests run with one fixed seed so CI is repeatable; fast-check prints
// the seed and counterexample path on failure. Override with FC_SEED=<n>.
const seed = Number(process.env.FC_SEED ?? 20261122)
fc.configureGlobal({ seed, numRuns: Number(process.env.FC_RUNS ?? 100) })
