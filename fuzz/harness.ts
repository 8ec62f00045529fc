import { fork } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type fc from 'fast-check'

/** Something to fuzz: inputs, and the call each must survive. */
export interface FuzzTarget<T = unknown> {
  /** Inputs, structured or raw. */
  arbitrary: fc.Arbitrary<T>
  /** The entry point under test; it may return anything or throw a SnackplanError. */
  run(input: T): unknown
  /**
   * Longest one call may take, in ms. Only a hang detector: generous, so a
   * shared, noisy machine does not trip it. Default 500.
   */
  budgetMs?: number
}

/** Types a target by its arbitrary, so `run` sees the input's type. */
export function defineFuzzTarget<T>(target: FuzzTarget<T>): FuzzTarget<T> {
  return target
}

/** Options of {@link fuzz}. */
export interface FuzzOptions {
  /** Runs; default `FUZZ_RUNS` or 40 (`pnpm fuzz` sets thousands). */
  runs?: number
  /** fast-check seed; default `FC_SEED`, else 20261122. */
  seed?: number
  /** A call that does not come back within this many ms is a hang: the child is killed. Default 20 000. */
  hangMs?: number
  /**
   * The whole run stops (and fails, naming how far it got) after this many
   * ms, so a slow target cannot outlast the test runner's timeout. Default
   * 50 000, or 20 minutes when `FUZZ_RUNS` asks for a long run.
   */
  totalMs?: number
}

/** What a fuzz run saw. */
export interface FuzzReport {
  runs: number
  seed: number
  /** Slowest call, ms, and (summarised) its input. */
  slowestMs: number
  slowestInput: string
}

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url))
const ROOT = fileURLToPath(new URL('../', import.meta.url))

type ChildMessage =
  | { type: 'start'; i: number; input: string }
  | { type: 'done'; i: number; ms: number }
  | { type: 'end'; runs: number; slowestMs: number; slowestInput: string }
  | { type: 'fail'; message: string }

/**
 * Runs the named export of `module` (a {@link FuzzTarget}) in a child
 * process under fast-check with a fixed seed. Each call must return or
 * throw a SnackplanError within the target's budget. A call that never
 * comes back cannot be interrupted in-process, so the child is killed by a
 * watchdog and the failure names the seed and the input it hung on.
 *
 * @returns the report, or rejects with a message that holds the seed.
 */
export function fuzz(module: URL, name: string, options: FuzzOptions = {}): Promise<FuzzReport> {
  const runs = options.runs ?? Number(process.env.FUZZ_RUNS ?? 40)
  const seed = options.seed ?? Number(process.env.FC_SEED ?? 20261122)
  const hangMs = options.hangMs ?? 20_000
  const totalMs = options.totalMs ?? (process.env.FUZZ_RUNS ? 1_200_000 : 50_000)
  return new Promise((resolve, reject) => {
    // A scratch folder for the child's files (FUZZ_TMPDIR), removed here once
    // the child is gone: a child killed by the watchdog cannot clean up.
    const scratch = mkdtempSync(join(tmpdir(), 'snackplan-fuzz-'))
    const child = fork(CHILD, [fileURLToPath(module), name, String(seed), String(runs)], {
      cwd: ROOT,
      env: { ...process.env, FUZZ_TMPDIR: scratch },
      execArgv: ['--conditions=@snackplan/source', '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    let last: { i: number; input: string } | undefined
    let timer: NodeJS.Timeout | undefined
    let settled = false
    const settle = (fn: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      clearTimeout(overall)
      const done = () => {
        rmSync(scratch, { recursive: true, force: true })
        fn()
      }
      if (child.exitCode !== null || child.signalCode !== null) return done()
      child.once('exit', done)
      child.kill('SIGKILL')
    }
    const overall = setTimeout(() => {
      settle(() =>
        reject(
          new Error(
            `[fuzz] ${name} ran out of time after ${totalMs} ms at input #${last?.i ?? 0} of ${runs} (seed ${seed}): calls are slow, though none hung`,
          ),
        ),
      )
    }, totalMs)
    const watch = () => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        settle(() =>
          reject(
            new Error(
              `[fuzz] ${name} hung for over ${hangMs} ms on input #${last?.i} (seed ${seed}; replay with FC_SEED=${seed} FUZZ_RUNS=${runs}): ${last?.input}`,
            ),
          ),
        )
      }, hangMs)
    }
    // Starting the child (loading TypeScript sources) is not a call.
    watch()
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'start') {
        last = message
        watch()
      } else if (message.type === 'done') watch()
      else if (message.type === 'end') {
        const { runs: done, slowestMs, slowestInput } = message
        settle(() => resolve({ runs: done, seed, slowestMs, slowestInput }))
      } else {
        settle(() => reject(new Error(`[fuzz] ${name} (seed ${seed}): ${message.message}`)))
      }
    })
    child.on('exit', (code) => {
      settle(() =>
        reject(new Error(`[fuzz] ${name} (seed ${seed}): the child exited with ${code}`)),
      )
    })
  })
}

/** One line about a finished run, for `pnpm fuzz` (long runs say what was slowest). */
export function describeReport(name: string, report: FuzzReport): string {
  return `[fuzz] ${name}: ${report.runs} inputs (seed ${report.seed}), slowest ${report.slowestMs.toFixed(0)} ms: ${report.slowestInput.slice(0, 300)}`
}
